// Invariant: each fingerprint recorded in the baseline suppresses at most as many findings as it was
// recorded times, so a second copy of an old error that appears later is still reported.
using System.Text.Json;

namespace TextLint.Core.Reporting;

/// <summary>
/// Findings recorded by an earlier run (our JSON report or our SARIF), suppressed in this one so that
/// auditors see only what is new. Thread-unsafe: apply it on the thread that writes the report.
/// </summary>
public sealed class Baseline
{
    private readonly Dictionary<string, int> _remaining = new(StringComparer.Ordinal);

    /// <summary>Fingerprints recorded (with repeats).</summary>
    public int RecordedCount { get; }

    private Baseline(IEnumerable<string> fingerprints)
    {
        foreach (var fingerprint in fingerprints)
        {
            _remaining[fingerprint] = _remaining.GetValueOrDefault(fingerprint) + 1;
            RecordedCount++;
        }
    }

    /// <summary>A baseline from fingerprints (tests, embedders).</summary>
    public static Baseline FromFingerprints(IEnumerable<string> fingerprints) => new(fingerprints);

    /// <summary>
    /// Loads a JSON report (<c>files[].findings[].fingerprint</c>; reports without it are fingerprinted from
    /// rule id, path, text and context) or a SARIF log (<c>results[].partialFingerprints["textlint/v1"]</c>).
    /// Throws <see cref="TextLintException"/> when the file is missing or is neither.
    /// </summary>
    public static Baseline Load(string path)
    {
        JsonDocument document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new TextLintException($"{path}: no such file or directory", e);
        }
        catch (JsonException e)
        {
            throw new TextLintException($"{path}: baseline is not a JSON or SARIF report: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TextLintException($"{path}: cannot read baseline: {e.Message}", e);
        }
        using (document)
        {
            var root = document.RootElement;
            var fingerprints = new List<string>();
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("files", out var files) && files.ValueKind == JsonValueKind.Array)
            {
                foreach (var file in files.EnumerateArray())
                {
                    string filePath = file.TryGetProperty("path", out var p) ? p.GetString() ?? "" : "";
                    if (!file.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array) continue;
                    foreach (var finding in findings.EnumerateArray())
                    {
                        if (finding.TryGetProperty("fingerprint", out var fp) && fp.ValueKind == JsonValueKind.String) fingerprints.Add(fp.GetString()!);
                        else fingerprints.Add(Fingerprints.Of(Str(finding, "ruleId"), filePath, Str(finding, "text"), Str(finding, "context")));
                    }
                }
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("runs", out var runs) && runs.ValueKind == JsonValueKind.Array)
            {
                foreach (var run in runs.EnumerateArray())
                {
                    if (!run.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array) continue;
                    foreach (var result in results.EnumerateArray())
                    {
                        if (result.TryGetProperty("partialFingerprints", out var partial) && partial.ValueKind == JsonValueKind.Object
                            && partial.TryGetProperty(Fingerprints.SarifKey, out var fp) && fp.ValueKind == JsonValueKind.String)
                            fingerprints.Add(fp.GetString()!);
                    }
                }
            }
            else
            {
                throw new TextLintException($"{path}: baseline is not a textlint JSON report or a SARIF log");
            }
            return new Baseline(fingerprints);
        }
    }

    /// <summary>The result without the findings the baseline records; <see cref="DocumentResult.SuppressedFindings"/> says how many were left out.</summary>
    public DocumentResult Apply(DocumentResult result)
    {
        if (result.Findings.Count == 0 || _remaining.Count == 0) return result;
        var kept = new List<Findings.Finding>(result.Findings.Count);
        int suppressed = 0;
        foreach (var finding in result.Findings)
        {
            string fingerprint = Fingerprints.Of(result.Path, finding);
            if (_remaining.TryGetValue(fingerprint, out int left) && left > 0)
            {
                _remaining[fingerprint] = left - 1;
                suppressed++;
            }
            else kept.Add(finding);
        }
        return suppressed == 0 ? result : result with { Findings = kept, SuppressedFindings = result.SuppressedFindings + suppressed };
    }

    private static string Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
