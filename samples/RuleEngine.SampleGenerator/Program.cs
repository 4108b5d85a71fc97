using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

// A made-up paper by this project, laid out like a two-column conference paper: title block with
// affiliations and e-mails, numbered sections, a link to a code repository, a results table and an
// algorithm block. It exercises every variable of the spec on text nobody else wrote.
//   dotnet run --project samples/RuleEngine.SampleGenerator                       rewrites samples/sample-paper.pdf
//   dotnet run --project samples/RuleEngine.SampleGenerator -- out.pdf --pages 1000   the same paper padded with
//       numbered "additional study" sections to at least 1,000 pages (a thesis-sized stress input for bench)
var output = args.Length > 0 && !args[0].StartsWith("--") ? args[0] : Path.Combine(FindRepoRoot(), "samples", "sample-paper.pdf");
var pagesIndex = Array.IndexOf(args, "--pages");
var minimumPages = pagesIndex >= 0 && pagesIndex + 1 < args.Length && int.TryParse(args[pagesIndex + 1], out var n) ? n : 0;

var builder = new PdfDocumentBuilder();
var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
var mono = builder.AddStandard14Font(Standard14Font.Courier);

const double PageWidth = 612, PageHeight = 792, Margin = 54, Gutter = 18;
const double ColumnWidth = (PageWidth - 2 * Margin - Gutter) / 2;
const double BodySize = 9.5, Leading = 11.5;

var pages = new List<PdfPageBuilder>();
PdfPageBuilder page = NewPage();
double y = PageHeight - 72;
int column = 0;

// Title block (full width).
Centered("Sparse Routing Adapters for Efficient Fine-Tuning of Vision Transformers", 15, bold);
y -= 20;
Centered("Alice Moreau 1   Bo Chen 2   Priya Natarajan 1", 10.5, regular);
y -= 14;
Centered("1 Department of Computer Science, University of Edinburgh, United Kingdom", 9, regular);
y -= 11;
Centered("2 Lumen AI Research, Lumen Technologies Inc., San Francisco, USA", 9, regular);
y -= 11;
Centered("{a.moreau, p.natarajan}@ed.ac.uk   bo.chen@lumen-ai.com", 9, mono);
y -= 26;
double columnTop = y;

Heading("Abstract");
Paragraph("We present Sparse Routing Adapters (SRA), a parameter-efficient method that routes each token through a small subset of low-rank adapters. On image classification benchmarks SRA matches full fine-tuning while training 1.8% of the parameters.");
Heading("1 Introduction");
Paragraph("Fine-tuning large vision transformers is expensive. Adapters reduce the number of trained parameters but apply the same computation to every token. We propose to route tokens sparsely, so that each adapter specialises. Our contributions are a routing rule, a load-balancing loss and an evaluation on three public benchmarks.");
Heading("2 Method");
Paragraph("Each transformer block receives K adapters of rank r. A router scores the adapters for every token and keeps the top two. Algorithm 1 summarises one training step.");
Text("Algorithm 1 Sparse routing training step", BodySize, bold);
foreach (var line in new[]
{
    "Input: batch X, adapters A_1..A_K, router W",
    "1: for each token x in X do",
    "2:    s <- softmax(W x)",
    "3:    keep the two largest scores of s",
    "4:    h <- x + sum_k s_k A_k(x)",
    "5: end for",
    "6: update A and W with AdamW",
    "7: return loss",
})
    Text(line, 8.5, mono);
y -= 6;
Heading("3 Experiments");
Paragraph("We evaluate on CIFAR-100 (Krizhevsky, 2009), Oxford Flowers-102 (Nilsback and Zisserman, 2008) and ImageNet-1k (Deng et al., 2009). For CIFAR-100 we hold out 5,000 of the 50,000 training images for validation and report accuracy on the standard test set; for ImageNet we report results on the official validation set.");
Paragraph("Implementation details. We fine-tune ViT-B/16 with AdamW, a learning rate of 3e-4 with cosine decay, a batch size of 128, weight decay 0.05 and 30 epochs. Adapters use rank r = 8 and K = 8 experts. All runs use three random seeds.");
Paragraph("Experiments were run on 4 NVIDIA A100 GPUs with 40 GB of memory. Our implementation uses Python 3.10, PyTorch 2.1.0 and timm 0.9.7.");
Text("Table 1: Top-1 accuracy (%) and trained parameters.", BodySize, bold);
foreach (var row in new[]
{
    "Method        Params   C-100   Flowers   IN-1k",
    "Full FT       100%     91.2    98.9      81.8",
    "LoRA          1.2%     90.1    98.1      80.9",
    "SRA (ours)    1.8%     91.4    99.0      81.6",
})
    Text(row, 8.5, mono);
y -= 6;
Paragraph("As shown in Table 1, SRA outperforms LoRA on all three datasets and matches full fine-tuning at a fraction of the trained parameters.");
for (var study = 1; pages.Count < minimumPages; study++)
{
    Heading($"{study + 3}.{study} Additional study {study}");
    Paragraph($"In study {study} we repeat the evaluation with a different routing temperature and report how accuracy changes with the number of experts. The trends match those of the main experiments, and the variance across the three seeds stays below 0.3 points.");
    Paragraph($"We also vary the adapter rank between 4 and 16 and observe that rank 8 remains the best trade-off between trained parameters and accuracy for configuration {study}.");
}
Heading("4 Conclusion");
Paragraph("Sparse routing makes adapters specialise and closes the gap to full fine-tuning. The code to reproduce all experiments is available at https://github.com/sra-paper/sparse-routing-adapters.");
Heading("References");
Paragraph("Deng, J.; Dong, W.; Socher, R.; Li, L.-J.; Li, K.; and Fei-Fei, L. 2009. ImageNet: A large-scale hierarchical image database. In CVPR.");
Paragraph("Krizhevsky, A. 2009. Learning multiple layers of features from tiny images. Technical report, University of Toronto.");
Paragraph("Nilsback, M.-E.; and Zisserman, A. 2008. Automated flower classification over a large number of classes. In ICVGIP.");

var bytes = builder.Build();
File.WriteAllBytes(output, bytes);
Console.WriteLine($"wrote {output} ({pages.Count} pages, {bytes.Length} bytes)");
return 0;

PdfPageBuilder NewPage()
{
    var p = builder.AddPage(PageWidth, PageHeight);
    pages.Add(p);
    var number = pages.Count.ToString();
    p.AddText(number, 8, new PdfPoint(PageWidth / 2 - 2, 30), regular);
    return p;
}

void Centered(string text, double size, PdfDocumentBuilder.AddedFont font)
{
    var width = text.Length * size * 0.5;
    page.AddText(text, size, new PdfPoint(Math.Max(Margin, (PageWidth - width) / 2), y), font);
}

void Heading(string text)
{
    y -= 4;
    Text(text, 10.5, bold);
    y -= 2;
}

void Paragraph(string text)
{
    var maxChars = (int)(ColumnWidth / (BodySize * 0.5));
    var line = "";
    foreach (var word in text.Split(' '))
    {
        if (line.Length + word.Length + 1 > maxChars && line.Length > 0) { Text(line, BodySize, regular); line = word; }
        else line = line.Length == 0 ? word : line + " " + word;
    }
    if (line.Length > 0) Text(line, BodySize, regular);
    y -= 4;
}

void Text(string text, double size, PdfDocumentBuilder.AddedFont font)
{
    if (y < 60)
    {
        if (column == 0) { column = 1; y = columnTop; }
        else { page = NewPage(); column = 0; columnTop = PageHeight - 72; y = columnTop; }
    }
    var x = Margin + column * (ColumnWidth + Gutter);
    page.AddText(text, size, new PdfPoint(x, y), font);
    y -= size <= 9 ? Leading - 1.5 : Leading;
}

static string FindRepoRoot()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "RuleEngine.sln"))) return d.FullName;
    return Directory.GetCurrentDirectory();
}
