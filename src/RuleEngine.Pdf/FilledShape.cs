using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;

namespace RuleEngine.Pdf;

/// <summary>
/// The bounding box (user space, y up) and fill colour of one filled path on a page. Recorded without
/// building the path itself, so that hidden text (white text with nothing filled beneath it) can later be
/// told from text drawn on a coloured box.
/// </summary>
/// <param name="Bounds">Smallest axis-aligned box around every point of the path, control points included.</param>
/// <param name="FillColor">The non-stroking colour when the path was filled.</param>
/// <param name="IsRectangle">Every subpath of the path came from the <c>re</c> operator.</param>
/// <param name="IsShading">Painted by the <c>sh</c> operator (a gradient) over the last clipping path's box, not filled
/// with <paramref name="FillColor"/>: its colours are not read, it only says that something is drawn there.</param>
internal readonly record struct FilledShape(PdfRectangle Bounds, IColor FillColor, bool IsRectangle, bool IsShading = false);
