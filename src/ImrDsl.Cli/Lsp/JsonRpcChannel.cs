using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ImrDsl.Cli.Lsp;

/// <summary>
/// JSON-RPC 2.0 over LSP's base protocol (Content-Length headers, then a UTF-8 JSON body), on two streams.
/// Ours rather than StreamJsonRpc: the server needs four methods of it, starts without loading Newtonsoft.Json or
/// MessagePack, and decides itself what a malformed message does (it answers a parse error and reads on, where a
/// general-purpose library drops the connection).
/// </summary>
internal sealed class JsonRpcChannel
{
    /// <summary>A body larger than this is skipped, not buffered: no editor sends a 64 MB message.</summary>
    public const int MaxBodyBytes = 64 * 1024 * 1024;

    private readonly Stream _input;
    private readonly Stream _output;
    private readonly object _writeLock = new();

    public JsonRpcChannel(Stream input, Stream output)
    {
        _input = input;
        _output = output;
    }

    /// <summary>One incoming message, or why it could not be read (its bytes are consumed either way).</summary>
    public readonly record struct Incoming(JsonObject? Message, string? Problem);

    /// <summary>The next message; null at the end of the input.</summary>
    public Incoming? Read()
    {
        int? length = null;
        var sawHeader = false;
        while (true)
        {
            var line = ReadHeaderLine();
            if (line is null) return null;
            if (line.Length == 0)
            {
                if (!sawHeader) continue; // stray blank lines between messages
                break;
            }
            sawHeader = true;
            var colon = line.IndexOf(':');
            if (colon > 0 && line.AsSpan(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                length = int.TryParse(line.AsSpan(colon + 1).Trim(), System.Globalization.NumberStyles.None, null, out var n) ? n : -1;
        }
        if (length is null or < 0) return new Incoming(null, "the message has no valid Content-Length header");
        if (length > MaxBodyBytes)
        {
            Skip(length.Value);
            return new Incoming(null, $"the message body of {length} bytes is over the {MaxBodyBytes} byte limit");
        }
        var body = new byte[length.Value];
        var read = 0;
        while (read < body.Length)
        {
            var n = _input.Read(body, read, body.Length - read);
            if (n == 0) return null;
            read += n;
        }
        try
        {
            return JsonNode.Parse(body) is JsonObject message
                ? new Incoming(message, null)
                : new Incoming(null, "the message is not a JSON object");
        }
        catch (JsonException ex)
        {
            return new Incoming(null, $"the message is not valid JSON ({ex.Message})");
        }
    }

    /// <summary>A header line without its CR LF; null at the end of the input. Headers are ASCII.</summary>
    private string? ReadHeaderLine()
    {
        var line = new StringBuilder();
        while (true)
        {
            var b = _input.ReadByte();
            if (b < 0) return line.Length == 0 ? null : line.ToString();
            if (b == '\n') return line.ToString().TrimEnd('\r');
            // A header line longer than this is garbage; keep the tail only so memory stays bounded.
            if (line.Length > 8192) line.Clear();
            line.Append((char)b);
        }
    }

    private void Skip(int count)
    {
        var buffer = new byte[81920];
        while (count > 0)
        {
            var n = _input.Read(buffer, 0, Math.Min(buffer.Length, count));
            if (n == 0) return;
            count -= n;
        }
    }

    public void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (_writeLock)
        {
            _output.Write(header);
            _output.Write(body);
            _output.Flush();
        }
    }

    public void Respond(JsonNode? id, JsonNode? result)
        => Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id?.DeepClone(), ["result"] = result });

    public void RespondError(JsonNode? id, int code, string message)
        => Send(new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = id?.DeepClone(),
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
        });

    public void Notify(string method, JsonNode? parameters)
        => Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });
}

/// <summary>JSON-RPC and LSP error codes.</summary>
internal static class RpcErrors
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestFailed = -32803;
}
