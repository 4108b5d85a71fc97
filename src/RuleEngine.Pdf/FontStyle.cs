namespace RuleEngine.Pdf;

/// <summary>Tells bold faces from their font names (cached per name: a paper uses a handful of fonts).</summary>
internal sealed class FontStyle
{
    private readonly Dictionary<string, bool> _bold = new(StringComparer.Ordinal);
    private string? _lastName;
    private bool _lastBold;

    public bool IsBold(string? fontName)
    {
        if (string.IsNullOrEmpty(fontName)) return false;
        // Consecutive letters usually share the very same name instance.
        if (ReferenceEquals(fontName, _lastName)) return _lastBold;
        if (!_bold.TryGetValue(fontName, out var bold))
        {
            bold = IsBoldName(fontName);
            _bold[fontName] = bold;
        }
        _lastName = fontName;
        _lastBold = bold;
        return bold;
    }

    /// <summary>Bold by name: Bold, Black, Heavy, Semibold/Demi, ",B" (TrueType style suffix), TeX's CMBX/SFBX/ECBX, URW's "-Medi".</summary>
    public static bool IsBoldName(string fontName)
    {
        var plus = fontName.IndexOf('+');
        var name = plus >= 0 && plus < fontName.Length - 1 ? fontName[(plus + 1)..] : fontName;
        var upper = name.ToUpperInvariant();
        if (upper.Contains("BOLD") || upper.Contains("BLACK") || upper.Contains("HEAVY") || upper.Contains("SEMIBOLD")
            || upper.Contains("DEMI") || upper.Contains(",B") || upper.Contains("-MEDI"))
            return true;
        // TeX bold-extended faces: CMBX10, CMSSBX10, SFBX1000, ECBX1000, LMRomanBX...
        return upper.Contains("BX") && (upper.StartsWith("CM") || upper.StartsWith("SF") || upper.StartsWith("EC") || upper.StartsWith("LM") || upper.StartsWith("TC"));
    }
}
