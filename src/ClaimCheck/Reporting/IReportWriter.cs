namespace ClaimCheck.Reporting;

public interface IReportWriter
{
    void Write(ComplianceReport report, TextWriter output);
}
