/// <summary>Makes the top-level program visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the API tests.</summary>
public partial class Program;
