using KnowledgeGraph.Testing;

namespace KnowledgeGraph.BrowserTests;

/// <summary>Runs a Node script of this folder against the API in Debian's Chromium, screenshots kept in the test output.</summary>
internal static class BrowserScript
{
    // package.json and the driver scripts live in this project's folder of the source tree.
    private static readonly string ProjectDirectory = RepositoryPaths.TestProject("KnowledgeGraph.BrowserTests");

    /// <summary>Installs Debian's Chromium and playwright-core through the project's own set-up, not the machine's.</summary>
    public static async Task InstallBrowserAsync()
    {
        var install = await ExternalProcess.RunAsync(
            "bash", [Path.Combine(RepositoryPaths.Root, "scripts", "install-browser.sh")], ProjectDirectory, TimeSpan.FromMinutes(15));
        Assert.True(install.ExitCode == 0, $"scripts/install-browser.sh failed:\n{install.Output}");
    }

    /// <summary>An empty folder for one scenario's screenshots, so a failure or a review shows what the reader saw.</summary>
    public static string FreshScreenshotFolder(string scenario)
    {
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots", scenario);
        if (Directory.Exists(screenshots))
        {
            Directory.Delete(screenshots, recursive: true);
        }

        return screenshots;
    }

    /// <summary>Runs <c>node &lt;script&gt; &lt;arguments&gt;</c> in this folder, for at most three minutes.</summary>
    public static Task<(int ExitCode, string Output)> RunAsync(string script, params string[] arguments) =>
        RunAsync(TimeSpan.FromMinutes(3), script, arguments);

    /// <summary>Runs <c>node &lt;script&gt; &lt;arguments&gt;</c> in this folder, for at most <paramref name="timeout"/>.</summary>
    public static Task<(int ExitCode, string Output)> RunAsync(TimeSpan timeout, string script, params string[] arguments) =>
        ExternalProcess.RunAsync("node", [script, .. arguments], ProjectDirectory, timeout);
}
