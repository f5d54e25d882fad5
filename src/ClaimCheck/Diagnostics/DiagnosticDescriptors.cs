using static ClaimCheck.Diagnostics.DiagnosticSeverity;

namespace ClaimCheck.Diagnostics;

/// <summary>
/// Every diagnostic ClaimCheck can report. IDs are never reused: suppressions and CI
/// configuration refer to them. CC1 syntax, CC2 binding, CC3 C# blocks, CC4 articles,
/// CC5 configuration and registry, CC6 check time, CC9 command line and I/O.
/// </summary>
public static class DiagnosticDescriptors
{
    // CC1xxx: syntax
    public static readonly DiagnosticDescriptor UnexpectedToken = new("CC1001", Error, "Syntax error", "Expected {0}, found {1}.");
    public static readonly DiagnosticDescriptor UnterminatedString = new("CC1002", Error, "Unterminated string", "The string is not closed: add a '\"' before the end of the line.");
    public static readonly DiagnosticDescriptor UnterminatedRegex = new("CC1003", Error, "Unterminated regex", "The regular expression is not closed: add a '/' before the end of the line.");
    public static readonly DiagnosticDescriptor DuplicateClause = new("CC1004", Error, "Duplicate clause", "The rule already has a '{0}' clause.");
    public static readonly DiagnosticDescriptor NestingTooDeep = new("CC1005", Error, "Expression nested too deeply", "The expression is nested more than {0} levels deep.");
    public static readonly DiagnosticDescriptor UnterminatedInterpolation = new("CC1006", Error, "Unterminated interpolation", "The '{{' in the message template is not closed: add '}}' (write '{{{{' for a literal brace).");
    public static readonly DiagnosticDescriptor UnterminatedCSharp = new("CC1007", Error, "Unterminated C# block", "The 'csharp {{' block is not closed with '}}'.");
    public static readonly DiagnosticDescriptor FileTooLarge = new("CC1008", Error, "Rule file too large", "The rule file is larger than {0} characters.");

    // CC2xxx: binding
    public static readonly DiagnosticDescriptor UnknownMember = new("CC2001", Error, "Unknown member", "'{0}' has no member '{1}'{2}");
    public static readonly DiagnosticDescriptor TypeMismatch = new("CC2002", Error, "Type mismatch", "{0}");
    public static readonly DiagnosticDescriptor InvalidRegex = new("CC2003", Error, "Invalid regular expression", "The regular expression is not valid: {0}");
    public static readonly DiagnosticDescriptor UnknownPhrase = new("CC2004", Error, "Unknown phrase", "No phrase '{0}' is defined for {1}{2}");
    public static readonly DiagnosticDescriptor DuplicateRuleId = new("CC2005", Error, "Duplicate rule ID", "Rule ID '{0}' is already used at {1}.");
    public static readonly DiagnosticDescriptor MissingUseFile = new("CC2006", Error, "Missing imported file", "The file '{0}' named by 'use' does not exist.");
    public static readonly DiagnosticDescriptor UnknownSubjectKind = new("CC2007", Error, "Unknown subject kind", "'{0}' is not something a rule can check{1}");
    public static readonly DiagnosticDescriptor UnknownName = new("CC2008", Error, "Unknown name", "The name '{0}' is not defined here{1}");
    public static readonly DiagnosticDescriptor RuleWithoutCheck = new("CC2009", Error, "Rule without a check", "Rule '{0}' has no 'require', 'forbid' or 'report' clause, so it can never report anything.");
    public static readonly DiagnosticDescriptor UnknownSeverity = new("CC2010", Error, "Unknown severity", "'{0}' is not a severity; use error, warning or info.");
    public static readonly DiagnosticDescriptor NotACondition = new("CC2011", Error, "Not a condition", "The {0} clause needs a true/false condition, but this expression is {1}.");
    public static readonly DiagnosticDescriptor PolicyWithoutModal = new("CC2012", Error, "Policy sentence without 'must' or 'should'", "The policy sentence needs 'must', 'should' or 'shall' (optionally followed by 'not' or 'never') between its subject and its requirement.");
    public static readonly DiagnosticDescriptor DuplicatePhrase = new("CC2013", Error, "Duplicate phrase", "The phrase '{0}' for {1} is already defined at {2}.");
    public static readonly DiagnosticDescriptor UnknownPolicySubject = new("CC2014", Error, "Unknown policy subject", "The policy sentence must start with what it checks (statements, quotes, claims, ...), not '{0}'{1}");
    public static readonly DiagnosticDescriptor UnknownRegexFlag = new("CC2015", Error, "Unknown regex flag", "'{0}' is not a regex flag; use i (ignore case), m (multi-line), s (dot matches newline) or x (ignore white space).");
    public static readonly DiagnosticDescriptor ImportOutsidePack = new("CC2016", Error, "Import outside the rule pack", "'use' may only name files inside the folder of the rule file that is loaded: '{0}' is outside it.");
    public static readonly DiagnosticDescriptor NotAList = new("CC2017", Error, "Not a list", "'{0}' needs a list, but this expression is {1}.");
    public static readonly DiagnosticDescriptor DuplicateVariable = new("CC2018", Error, "Duplicate variable", "The name '{0}' is already in use here; pick another.");
    public static readonly DiagnosticDescriptor InvalidNumber = new("CC2020", Error, "Invalid literal", "'{0}' is not a valid {1}.");
    public static readonly DiagnosticDescriptor ClauseNotAllowed = new("CC2021", Error, "Clause not allowed in a policy rule", "A policy-sentence rule takes its subject and its check from the sentence; '{0}' is not allowed here (use the full rule form instead).");
    public static readonly DiagnosticDescriptor PhraseUsedOnWrongKind = new("CC2022", Error, "Phrase for another kind", "The phrase '{0}' is defined for {1}, not for {2}.");

    // CC3xxx: embedded C# blocks
    public static readonly DiagnosticDescriptor CSharpNotAvailable = new("CC3000", Error, "C# blocks not available", "C# blocks are not available in this version of ClaimCheck; write the condition in the rule language.");

    // CC4xxx: articles
    public static readonly DiagnosticDescriptor ArticleUnreadable = new("CC4001", Error, "Article cannot be read", "The article cannot be read: {0}");
    public static readonly DiagnosticDescriptor ModelSyntax = new("CC4002", Error, "Malformed model file", "{0}");
    public static readonly DiagnosticDescriptor ModelField = new("CC4003", Error, "Invalid model field", "Field '{0}': {1}");
    public static readonly DiagnosticDescriptor SpanOutOfRange = new("CC4004", Error, "Span outside the text", "Field '{0}': the span {1}..{2} lies outside the text, which has {3} characters.");
    public static readonly DiagnosticDescriptor SpanTextMismatch = new("CC4005", Warning, "Span does not match its text", "Field '{0}': the span covers \"{1}\", not \"{2}\".");
    public static readonly DiagnosticDescriptor UnknownEntityReference = new("CC4006", Error, "Unknown entity", "Field '{0}': no entity has the id '{1}'{2}");
    public static readonly DiagnosticDescriptor DuplicateModelId = new("CC4007", Error, "Duplicate id", "Field '{0}': the id '{1}' is used twice.");
    public static readonly DiagnosticDescriptor UnsupportedArticleFormat = new("CC4008", Error, "Unsupported article format", "'{0}' is not an article format ClaimCheck reads; give an article (.txt, .md, .html, .htm) or a model file (.json, .yaml, .yml).");
    public static readonly DiagnosticDescriptor UnknownStatementReference = new("CC4009", Error, "Unknown statement", "Field '{0}': no statement has the id '{1}'{2}");
    public static readonly DiagnosticDescriptor SourceFileDiffers = new("CC4010", Warning, "Source file differs from the model", "Field '{0}': the file '{1}' differs from the model's text, so locations point into the model's text.");

    // CC41xx: extraction from text, Markdown and HTML articles
    public static readonly DiagnosticDescriptor BinaryArticle = new("CC4101", Error, "Article is not text", "The file contains a NUL character here, so it is not a text, Markdown or HTML article.");
    public static readonly DiagnosticDescriptor InvalidUtf8 = new("CC4102", Error, "Article is not UTF-8", "The byte 0x{0} here is not valid UTF-8; save the article as UTF-8.");
    public static readonly DiagnosticDescriptor FrontMatterSyntax = new("CC4103", Error, "Malformed front matter", "The YAML front matter cannot be read: {0}");
    public static readonly DiagnosticDescriptor FrontMatterField = new("CC4104", Warning, "Front matter field ignored", "The front matter field '{0}' is ignored: {1}");
    public static readonly DiagnosticDescriptor LexiconUnreadable = new("CC4105", Error, "Lexicon file cannot be read", "The lexicon file '{0}' cannot be read: {1}");
    public static readonly DiagnosticDescriptor EmptyArticle = new("CC4106", Warning, "Article has no text", "The article has no text, so there is nothing to check.");
    public static readonly DiagnosticDescriptor LexiconFolderMissing = new("CC4107", Error, "Lexicon folder not found", "The lexicon folder '{0}' does not exist.");

    // CC6xxx: check time
    public static readonly DiagnosticDescriptor RuleEvaluationFailed = new("CC6001", Error, "Rule could not be evaluated", "Rule '{0}' could not be evaluated on this article: {1}");

    // CC9xxx: command line and I/O
    public static readonly DiagnosticDescriptor PathNotFound = new("CC9001", Error, "Path not found", "'{0}' does not exist.");
    public static readonly DiagnosticDescriptor NoArticles = new("CC9002", Error, "No articles", "No article files were found in {0}.");
    public static readonly DiagnosticDescriptor OutputFailed = new("CC9003", Error, "Output not written", "The report could not be written to '{0}': {1}");
    public static readonly DiagnosticDescriptor UnknownRule = new("CC9004", Error, "Unknown rule", "No loaded rule has the ID '{0}'{1}");
    public static readonly DiagnosticDescriptor RuleFileUnreadable = new("CC9005", Error, "Rule file cannot be read", "The rule file cannot be read: {0}");

    /// <summary>All descriptors, in ID order (used by docs and the meta-test that each one is tested).</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        typeof(DiagnosticDescriptors).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();
}
