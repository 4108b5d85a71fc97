using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("RuleEngine.Document.Tests")]
