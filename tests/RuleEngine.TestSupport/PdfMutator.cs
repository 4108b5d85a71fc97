namespace RuleEngine.TestSupport;

/// <summary>Fuzzing mutations of a PDF's bytes, driven by a seeded <see cref="Random"/> so a failure can be replayed.</summary>
public static class PdfMutator
{
    public static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = (byte[])source.Clone();
        switch (random.Next(6))
        {
            case 0: // flip a few bits
                for (var i = random.Next(1, 20); i > 0; i--) bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                return bytes;
            case 1: // overwrite a run with noise
            {
                var start = random.Next(bytes.Length);
                var length = Math.Min(random.Next(1, 512), bytes.Length - start);
                random.NextBytes(bytes.AsSpan(start, length));
                return bytes;
            }
            case 2: // truncate
                return bytes[..random.Next(1, bytes.Length)];
            case 3: // delete a run
            {
                var start = random.Next(bytes.Length);
                var length = Math.Min(random.Next(1, 2048), bytes.Length - start);
                return [.. bytes[..start], .. bytes[(start + length)..]];
            }
            case 4: // duplicate a chunk somewhere else
            {
                var start = random.Next(bytes.Length);
                var chunk = bytes[start..Math.Min(bytes.Length, start + random.Next(1, 4096))];
                var at = random.Next(bytes.Length);
                return [.. bytes[..at], .. chunk, .. bytes[at..]];
            }
            default: // replace a digit run with an absurd number (lengths, offsets, counts, coordinates)
            {
                var at = Array.FindIndex(bytes, random.Next(bytes.Length), b => b is >= (byte)'0' and <= (byte)'9');
                if (at < 0) return bytes;
                var end = at;
                while (end < bytes.Length && bytes[end] is >= (byte)'0' and <= (byte)'9') end++;
                var absurd = random.Next(3) switch { 0 => "99999999999", 1 => "-1", _ => "0" };
                return [.. bytes[..at], .. System.Text.Encoding.ASCII.GetBytes(absurd), .. bytes[end..]];
            }
        }
    }
}
