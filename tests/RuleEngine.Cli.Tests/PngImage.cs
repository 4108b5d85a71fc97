using System.Buffers.Binary;
using System.IO.Compression;

namespace RuleEngine.Cli.Tests;

/// <summary>
/// A minimal PNG decoder for screenshots (8-bit RGB or RGBA, not interlaced — what Chromium writes), built
/// on the framework's <see cref="ZLibStream"/>, so checking that a screenshot is not blank needs no imaging
/// package.
/// </summary>
public sealed class PngImage
{
    private PngImage(int width, int height, byte[] rgb)
    {
        Width = width;
        Height = height;
        Rgb = rgb;
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>Pixels as R, G, B bytes, row by row.</summary>
    public byte[] Rgb { get; }

    public static PngImage Load(string path) => Decode(File.ReadAllBytes(path));

    public static PngImage Decode(byte[] png)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (png.Length < 8 || !png.AsSpan(0, 8).SequenceEqual(signature)) throw new InvalidDataException("not a PNG file");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                var (depth, colour, interlace) = (data[8], data[9], data[12]);
                channels = colour switch { 2 => 3, 6 => 4, _ => 0 };
                if (depth != 8 || channels == 0 || interlace != 0) throw new NotSupportedException($"PNG bit depth {depth}, colour type {colour}, interlace {interlace}");
            }
            else if (type == "IDAT") idat.Write(data);
            else if (type == "IEND") break;
            at += 12 + length;
        }
        if (width <= 0 || height <= 0) throw new InvalidDataException("PNG without a header");
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress)) z.CopyTo(inflated);
        var raw = inflated.GetBuffer();
        var stride = width * channels;
        var previous = new byte[stride];
        var row = new byte[stride];
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            var offset = y * (stride + 1);
            var filter = raw[offset];
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? row[x - channels] : 0, b = previous[x], c = x >= channels ? previous[x - channels] : 0;
                var predicted = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"PNG filter {filter}"),
                };
                row[x] = (byte)(raw[offset + 1 + x] + predicted);
            }
            for (var x = 0; x < width; x++)
                for (var k = 0; k < 3; k++) rgb[(y * width + x) * 3 + k] = row[x * channels + k];
            (previous, row) = (row, previous);
        }
        return new PngImage(width, height, rgb);
    }

    /// <summary>Variance of the pixels' luminance (0 for a single-colour image).</summary>
    public double LuminanceVariance()
    {
        double sum = 0, squares = 0;
        var n = Width * Height;
        for (var i = 0; i < n; i++)
        {
            var l = 0.299 * Rgb[i * 3] + 0.587 * Rgb[i * 3 + 1] + 0.114 * Rgb[i * 3 + 2];
            sum += l;
            squares += l * l;
        }
        var mean = sum / n;
        return squares / n - mean * mean;
    }

    /// <summary>Share of pixels that differ from the top-left pixel (the page background).</summary>
    public double ShareNotBackground()
    {
        var (r, g, b) = (Rgb[0], Rgb[1], Rgb[2]);
        var n = Width * Height;
        var differ = 0;
        for (var i = 0; i < n; i++)
            if (Math.Abs(Rgb[i * 3] - r) + Math.Abs(Rgb[i * 3 + 1] - g) + Math.Abs(Rgb[i * 3 + 2] - b) > 24) differ++;
        return (double)differ / n;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
