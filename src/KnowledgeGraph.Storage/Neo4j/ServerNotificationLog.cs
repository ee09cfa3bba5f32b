using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Logs the notifications Neo4j returns, each at Warning with its code, its title and the name of the statement it
/// came with, once per statement and code: a statement runs for every request, and its notification would otherwise
/// fill the log.
/// </summary>
internal sealed partial class ServerNotificationLog(ILogger logger)
{
    private readonly ConcurrentDictionary<(string Statement, string Code), bool> _logged = new();

    public void Report(string statementName, IReadOnlyList<ServerNotification> notifications)
    {
        foreach (var notification in notifications)
        {
            if (_logged.TryAdd((statementName, notification.Code), true))
            {
                LogNotification(notification.Code, notification.Title, statementName, notification.Description);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j notification {Code} for statement '{Statement}': {Title} {Description}")]
    private partial void LogNotification(string code, string title, string statement, string description);
}
