using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("RuleEngine.Document.Tests")]
[assembly: InternalsVisibleTo("docexp")] // TEMP dev harness
