namespace RuleEngine.Document.Text;

/// <summary>How a line ending in a hyphen is joined to the next line.</summary>
public enum HyphenJoin
{
    /// <summary>Typesetter's hyphenation: drop the hyphen, no space ("reproduc-" + "ibility").</summary>
    RemoveHyphen,

    /// <summary>A real hyphen: keep it, no space ("state-of-" + "the-art").</summary>
    KeepHyphen,

    /// <summary>A suspended hyphen: keep it and a space ("pre-" + "and post-training").</summary>
    KeepHyphenAndSpace,
}
