using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Extensions;

/// <summary>Start-up checks of options that name folders.</summary>
public static class FolderOptionsValidation
{
    /// <summary>
    /// Checks at start-up that the folder an option names exists (relative paths resolve against the current
    /// directory), so a wrong path stops the service instead of leaving it serving without the folder's files.
    /// </summary>
    /// <param name="options">The options being registered.</param>
    /// <param name="folder">Picks the folder from the options.</param>
    /// <param name="setting">The setting's full name, for the message.</param>
    /// <param name="contents">What the folder should hold, for the message.</param>
    public static OptionsBuilder<TOptions> ValidateFolderExists<TOptions>(
        this OptionsBuilder<TOptions> options, Func<TOptions, string> folder, string setting, string contents)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(options);
        return options
            .Validate(value => Directory.Exists(Path.GetFullPath(folder(value))), $"{setting} must name an existing folder of {contents}.")
            .ValidateOnStart();
    }
}
