using System.Net;
using System.Net.Sockets;

namespace TextLint.Cli.Tests;

/// <summary><c>textlint serve</c> on the command line: options and start-up failures. The host itself is tested in TextLint.Web.Tests.</summary>
public class ServeCommandTests
{
    [Fact]
    public void Help_lists_every_option()
    {
        var (code, stdout, _) = CliTests.Run("serve", "--help");

        Assert.Equal(0, code);
        foreach (var option in new[] { "--urls", "--token", "TEXTLINT_TOKEN", "--max-body-size", "--timeout", "--max-concurrency", "--warm-up", "--fail-on", "--log-requests", "--config", "--dict", "--allow", "--only", "--no-default-dicts" })
            Assert.Contains(option, stdout);
        Assert.Contains("http://127.0.0.1:5080", stdout);
    }

    [Theory]
    [InlineData("--max-body-size", "lots", "--max-body-size")]
    [InlineData("--max-body-size", "0", "--max-body-size")]
    [InlineData("--max-body-size", "2GB", "--max-body-size")]
    [InlineData("--timeout", "0", "--timeout")]
    [InlineData("--max-concurrency", "0", "--max-concurrency")]
    [InlineData("--warm-up", "601", "--warm-up")]
    [InlineData("--fail-on", "fatal", "fatal")]
    [InlineData("--dict", "no-such-list.txt", "no-such-list.txt")]
    public void Bad_options_exit_2_before_serving(string option, string value, string messagePart)
    {
        var (code, stdout, stderr) = CliTests.Run("serve", option, value);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains(messagePart, stderr);
    }

    [Fact]
    public void A_port_in_use_is_one_line_and_exit_2()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (code, _, stderr) = CliTests.Run("serve", "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(2, code);
        Assert.StartsWith($"textlint: cannot listen on http://127.0.0.1:{port}", stderr);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("2MB", 2 * 1024 * 1024)]
    [InlineData("2mb", 2 * 1024 * 1024)]
    [InlineData("1.5M", 1572864)]
    [InlineData("512KB", 512 * 1024)]
    [InlineData("64k", 64 * 1024)]
    [InlineData("100000", 100000)]
    [InlineData("100 B", 100)]
    public void Sizes_are_read_like_people_write_them(string text, long bytes) =>
        Assert.Equal(bytes, ServeCommand.ParseSize(text));
}
