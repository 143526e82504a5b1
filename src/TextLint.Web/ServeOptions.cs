using TextLint.Core;
using TextLint.Core.Configuration;
using TextLint.Core.Reporting;

namespace TextLint.Web;

/// <summary>How <c>textlint serve</c> runs. Read once, when the host is built.</summary>
public sealed class ServeOptions
{
    /// <summary>The address served when none is given: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Default largest request body, in bytes (2 MiB).</summary>
    public const long DefaultMaxRequestBodyBytes = 2 * 1024 * 1024;

    /// <summary>Default time one check may take, waiting for a free slot included.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Default longest loopback warm-up after start (see <see cref="WarmUpLimit"/>).</summary>
    public static readonly TimeSpan DefaultWarmUpLimit = TimeSpan.FromSeconds(60);

    /// <summary>Environment variable read for the bearer token when none is given.</summary>
    public const string TokenEnvironmentVariable = "TEXTLINT_TOKEN";

    /// <summary>URLs to listen on (Kestrel syntax, e.g. <c>http://127.0.0.1:5080</c>; port 0 picks a free port).</summary>
    public List<string> Urls { get; } = [];

    /// <summary>When set, every <c>/v1/</c> request must carry <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public string? Token { get; set; }

    /// <summary>Largest request body accepted, in bytes; larger bodies get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>Longest a check may take (waiting for a slot included) before the request gets 503.</summary>
    public TimeSpan RequestTimeout { get; set; } = DefaultRequestTimeout;

    /// <summary>How many checks run at once; further requests wait (within <see cref="RequestTimeout"/>).</summary>
    public int MaxConcurrentChecks { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Longest the server warms itself up after it starts listening: it sends itself checks over
    /// loopback until the JIT has compiled the request path with optimizations (usually 5–30 s on two
    /// cores), serving real requests meanwhile; <c>/healthz</c> says <c>"warm":true</c> when it is done.
    /// <see cref="TimeSpan.Zero"/> sends one request of each kind only.
    /// </summary>
    public TimeSpan WarmUpLimit { get; set; } = DefaultWarmUpLimit;

    /// <summary><c>failOn</c> of a request that does not give one.</summary>
    public FailOn DefaultFailOn { get; set; } = FailOn.Error;

    /// <summary>Write the submitted text of every check to the log (off by default: posts may be unpublished or personal).</summary>
    public bool LogRequests { get; set; }

    /// <summary>How the shared <see cref="Linter"/> is built, when <see cref="Linter"/> is not given.</summary>
    public LinterOptions LinterOptions { get; set; } = new();

    /// <summary>A ready linter to share (tests build one for many hosts); when null one is built from <see cref="LinterOptions"/>.</summary>
    public Linter? Linter { get; set; }

    /// <summary>Test seam: replaces the lint call (plain text or HTML, with the request's linter).</summary>
    internal Func<Linter, string, bool, DocumentResult>? LintOverride { get; set; }
}
