using System.Text.RegularExpressions;

namespace RuleEngine.Document.Structure;

/// <summary>
/// Words that mark a line as an affiliation: institutions (University, Institute, Lab, Inc., …),
/// well-known companies and research organisations, and postal addresses (countries, US states with
/// ZIP codes, postcodes). Also the first-page footnote phrasings ("Work done at Google").
/// </summary>
public static partial class AffiliationLexicon
{
    [GeneratedRegex(@"(?<!\p{L})(?:Universit(?:y|ies|ät|at|é|e|à|a|eit|ät)|Univ\.|Institutes?|Institut[eo]?|Istituto|Instytut|Laborator(?:y|ies|ium)|Labs?|Inc\b\.?|Ltd\b\.?|LLC|Corp\b\.?|Corporation|GmbH|S\.A\.|Research|College|School|Department|Dept\b\.?|Faculty|Facult[ée]|Cent(?:er|re)s?\b|Centro|Academy|Academia|Hospital|Foundation|Polytechnic|Politecnico|Polytechnique|Technion|ETH\b|EPFL|MIT\b|CNRS|INRIA|Inria|NICTA|CSIRO|Data61|A\*STAR|Max[- ]Planck|Fraunhofer|Helmholtz|Riken|RIKEN|NTT|Google|DeepMind|Microsoft|Meta\b|Facebook|FAIR\b|Amazon|AWS\b|IBM|NVIDIA|Nvidia|Apple\b|Baidu|Alibaba|Tencent|Huawei|Samsung|Intel\b|Adobe|OpenAI|Anthropic|Salesforce|Uber\b|Twitter|Yahoo|Bosch|Siemens|Sony|Criteo|Naver|NAVER|Kakao|ByteDance|Netflix|Spotify|LinkedIn|Allen Institute|AI2\b|KAIST|Tsinghua|Peking|CMU\b|UCLA|UC Berkeley|ICREA|Technicolor|Qualcomm|Xerox|PARC\b|Bell Labs|Nokia|Ericsson|Toyota|Honda|Hitachi|Fujitsu|NEC\b|Preferred Networks|SenseTime|Megvii|iFlytek|JD\.com|Didi|DiDi|Yandex|Cohere|Mistral|Hugging ?Face|Element AI|Mila\b|MILA\b|Vector Institute|Noah's Ark|Noah’s Ark|Lab\b|Ecole|École|Scuola|Hochschule|Akademie|Observatory|Ministry|Agency|Council|Consortium|Company|Co\.,? Ltd|Technologies|Systems\b|Solutions\b|AI Lab|Sciences?|Engineering|Mathematics|Informatics|Statistics|Physics|Computing)\b")]
    private static partial Regex Institution();

    [GeneratedRegex(@"(?<!\p{L})(?:USA|U\.S\.A\.?|United States|UK|U\.K\.|United Kingdom|England|Scotland|China|P\.\s?R\.\s?China|Germany|France|Japan|Canada|Australia|Italy|Spain|Netherlands|The Netherlands|Switzerland|Israel|Korea|Singapore|India|Sweden|Denmark|Finland|Norway|Belgium|Austria|Brazil|Russia|Portugal|Greece|Poland|Ireland|Hong Kong|Taiwan|New Zealand|Czech Republic|Hungary|Turkey|Iran|Mexico|Chile|Argentina|South Africa|Egypt|Saudi Arabia|UAE|Qatar|Vietnam|Thailand|Malaysia|Indonesia)\b|,\s?[A-Z]{2}\s\d{5}\b|\b\d{5}(?:-\d{4})?,?\s+(?:USA|Germany|France|Italy|Spain)\b|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b|,\s?(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\s*$")]
    private static partial Regex Address();

    [GeneratedRegex(@"\b(?:work|research)\s+(?:was\s+)?(?:done|performed|conducted|carried out)\b|\binternship\b|\bwhile (?:at|visiting|interning)\b|\bnow at\b|\bcurrently at\b|\baffiliated with\b", RegexOptions.IgnoreCase)]
    private static partial Regex AffiliationPhrase();

    [GeneratedRegex(@"\b(?:grants?|awards?|fellowships?|supported by|funded by|funding|sponsored by|N000\d|NSF|DARPA|ERC)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Funding();

    /// <summary>Whether a line acknowledges funding ("… and a Google Faculty Research Award"): not an affiliation.</summary>
    public static bool IsFunding(string line) => Funding().IsMatch(line);

    /// <summary>Whether a line names an institution or an address.</summary>
    public static bool IsAffiliation(string line) => Institution().IsMatch(line) || Address().IsMatch(line);

    /// <summary>Whether a footnote line speaks of an affiliation ("*Work done at Google", "1Meta 2University of …").</summary>
    public static bool IsAffiliationFootnote(string line) => IsAffiliation(line) || AffiliationPhrase().IsMatch(line);
}
