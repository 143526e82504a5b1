namespace TextLint.Core.Reporting;

/// <summary>
/// Writes a report as documents finish. Writers never re-read sources: everything they print comes
/// from the <see cref="DocumentResult"/>s they are given, in the order given.
/// </summary>
public interface IReportWriter
{
    /// <summary>Adds one document's results.</summary>
    void WriteDocument(DocumentResult result);
    /// <summary>Writes whatever closes the report (summary, closing brackets) and flushes.</summary>
    void Complete(RunSummary summary);
}
