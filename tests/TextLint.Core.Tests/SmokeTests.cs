namespace TextLint.Core.Tests; public class SmokeTests { [Fact] public void AssemblyLoads() => Assert.NotNull(typeof(TextLint.Core.Linter).Assembly); }
