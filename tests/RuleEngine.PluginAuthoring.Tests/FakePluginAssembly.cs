using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace RuleEngine.PluginAuthoring.Tests;

/// <summary>
/// Writes a minimal plugin-shaped assembly (with a .deps.json beside it) that references <c>RuleEngine.Sdk</c> at
/// a chosen version — what a plugin built against another SDK looks like to the loader, without building one.
/// </summary>
internal static class FakePluginAssembly
{
    public static string Write(string directory, string name, Version sdkVersion)
    {
        Directory.CreateDirectory(directory);
        var md = new MetadataBuilder();
        md.AddModule(0, md.GetOrAddString(name + ".dll"), md.GetOrAddGuid(Guid.NewGuid()), default, default);
        md.AddAssembly(md.GetOrAddString(name), new Version(1, 0, 0, 0), default, default, default, AssemblyHashAlgorithm.Sha1);
        var runtime = md.AddAssemblyReference(md.GetOrAddString("System.Runtime"), new Version(10, 0, 0, 0), default,
            md.GetOrAddBlob(new byte[] { 0xb0, 0x3f, 0x5f, 0x7f, 0x11, 0xd5, 0x0a, 0x3a }), default, default);
        var sdk = md.AddAssemblyReference(md.GetOrAddString("RuleEngine.Sdk"), sdkVersion, default, default, default, default);
        md.AddTypeReference(runtime, md.GetOrAddString("System"), md.GetOrAddString("Object"));
        md.AddTypeReference(sdk, md.GetOrAddString("RuleEngine.Sdk"), md.GetOrAddString("VariableDetector"));
        md.AddTypeDefinition(default, default, md.GetOrAddString("<Module>"), default,
            MetadataTokens.FieldDefinitionHandle(1), MetadataTokens.MethodDefinitionHandle(1));

        var pe = new ManagedPEBuilder(PEHeaderBuilder.CreateLibraryHeader(), new MetadataRootBuilder(md), new BlobBuilder());
        var blob = new BlobBuilder();
        pe.Serialize(blob);
        var dll = Path.Combine(directory, name + ".dll");
        using (var stream = File.Create(dll)) blob.WriteContentTo(stream);
        File.WriteAllText(Path.Combine(directory, name + ".deps.json"), $$"""
            {
              "runtimeTarget": { "name": ".NETCoreApp,Version=v10.0", "signature": "" },
              "compilationOptions": {},
              "targets": { ".NETCoreApp,Version=v10.0": { "{{name}}/1.0.0": { "runtime": { "{{name}}.dll": {} } } } },
              "libraries": { "{{name}}/1.0.0": { "type": "project", "serviceable": false, "sha512": "" } }
            }
            """);
        return dll;
    }
}
