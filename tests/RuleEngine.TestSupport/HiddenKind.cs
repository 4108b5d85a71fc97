namespace RuleEngine.TestSupport;

/// <summary>Ways of drawing text no reader sees.</summary>
public enum HiddenKind
{
    /// <summary>Render mode 3, nothing beneath.</summary>
    Invisible,

    /// <summary>White fill on the white page.</summary>
    White,

    /// <summary>0.5 pt font size.</summary>
    Tiny,

    /// <summary>Placed right of the page's media box.</summary>
    OffPage,
}
