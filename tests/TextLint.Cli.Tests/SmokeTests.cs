namespace TextLint.Cli.Tests; public class SmokeTests { [Fact] public void AssemblyLoads() => Assert.NotNull(typeof(TextLint.Core.Linter).Assembly); }
