namespace RuleEngine.Document.Layout;

/// <summary>Why a drawn character was judged invisible to a reader and left out of the paper's text (see docs/hidden-text.md).</summary>
public enum HiddenTextReason
{
    /// <summary>Drawn with text render mode 3 or 7 (neither filled nor stroked) and not over an image, so not an OCR layer.</summary>
    Invisible,

    /// <summary>Placed outside the visible page (the crop box).</summary>
    OffPage,

    /// <summary>White or near-white with no filled non-white shape or image beneath it.</summary>
    WhiteOnNothing,

    /// <summary>Smaller than 1 pt.</summary>
    Tiny,
}
