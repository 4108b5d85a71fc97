using RuleEngine.Sdk;

namespace RuleEngine.Plugins.HardwareSpecification;

/// <summary>The descriptors of RV0007 (Hardware Specification): the variable and each of its rules (IDs are stable).</summary>
public static class HardwareSpecificationDescriptors
{
    public static readonly VariableDescriptor Variable = new(
        id: "RV0007",
        key: "HardwareSpecification",
        title: "Hardware Specification",
        category: RuleCategories.Method,
        allowedVerdicts: [Verdicts.Yes, Verdicts.No],
        description: """Whether the paper names the hardware its experiments ran on specifically: GPU/TPU/CPU models, cloud instance types, or a processor vendor/family with cores, clock or memory.""");

    public static readonly RuleDescriptor GpuModel = new(
        "RV0007.gpu-model",
        "Named GPU or accelerator model",
        "A GPU or accelerator named by model: NVIDIA V100/A100/H100, RTX 2080 Ti/3090, GTX 1080 Ti, Titan Xp, Quadro, Tesla K80, AMD MI250, Radeon.");

    public static readonly RuleDescriptor TpuModel = new(
        "RV0007.tpu-model",
        "Named TPU or NPU generation",
        "A Google TPU generation ('TPU v3', 'v3-8', '64 v4 TPUs') or another named accelerator chip (Ascend 910, Trainium).");

    public static readonly RuleDescriptor CpuModel = new(
        "RV0007.cpu-model",
        "Named CPU model",
        "A processor named down to its model: Intel Xeon E5-2630 / Gold 6242, Core i7-2600, AMD Ryzen 9 5950X, EPYC 7742, Opteron 6300, Apple M1, Raspberry Pi 4.");

    public static readonly RuleDescriptor ProcessorSpec = new(
        "RV0007.processor-spec",
        "Processor vendor or family with cores, clock or memory",
        "A processor vendor or family described with core count, clock or memory: 'an Intel 4-core 3.4 GHz CPU with 8 GB RAM', 'a 40-core Intel Xeon machine'.");

    public static readonly RuleDescriptor CloudInstance = new(
        "RV0007.cloud-instance",
        "Cloud instance type",
        "A cloud instance type that fixes the hardware: AWS p3.8xlarge or g4dn.xlarge, GCP n1-standard-8 or a2-highgpu-8g, Azure NC24/ND96asr_v4.");

    public static readonly RuleDescriptor AcknowledgedHardware = new(
        "RV0007.acknowledged-hardware",
        "Donated or provided hardware said to be used for the research",
        "An acknowledgement that names hardware by model and says it was used for this research ('the donation of the Titan X GPU used for this research'); a bare thank-you for donated hardware, or hardware used only for prototyping, does not count.");
}
