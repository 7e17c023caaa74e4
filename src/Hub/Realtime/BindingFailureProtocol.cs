using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// A hub protocol (JSON or MessagePack) whose invocations SignalR cannot bind to a hub method, an unknown method, a
/// wrong number of arguments, an argument of the wrong type or a streaming call, are refused with a typed error
/// ("input.unknown_method: …", "input.invalid_arguments: …") like every other refusal. Everything else passes through.
/// </summary>
/// <remarks>
/// SignalR binds an invocation while the protocol parses it, before any hub filter runs: the protocol asks the
/// dispatcher for the method's parameter types (an unknown method throws "Method does not exist.") and deserializes
/// each argument; when that fails, it hands the dispatcher an <see cref="InvocationBindingFailureMessage"/>, which
/// the dispatcher answers with "Failed to invoke 'X' due to an error on the server." followed by the exception's
/// message only when it is a <see cref="HubException"/>. Replacing that exception here, where the failure is made, types
/// the answer from what actually failed, for both protocols, without matching the framework's wording in the
/// completions it writes; the original exception stays inside for the server's log, never in the answer (it names
/// server types). The connection stays up, as for any refusal.
/// </remarks>
internal sealed class BindingFailureProtocol(IHubProtocol inner) : IHubProtocol
{
    /// <summary>No hub method has the invocation's name.</summary>
    public const string UnknownMethod = "input.unknown_method";

    /// <summary>The invocation's arguments do not fit the method (count, types), or it was called as a stream.</summary>
    public const string InvalidArguments = "input.invalid_arguments";

    public string Name => inner.Name;

    public int Version => inner.Version;

    public TransferFormat TransferFormat => inner.TransferFormat;

    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        if (!inner.TryParseMessage(ref input, binder, out message))
        {
            return false;
        }

        message = message switch
        {
            InvocationBindingFailureMessage failure => Refuse(failure.InvocationId, failure.Target, Describe(failure, binder)),

            // No hub method streams results or takes streams (a test holds the hub to it), so the dispatcher would refuse
            // these after binding, in words of its own.
            HubMethodInvocationMessage call when call is StreamInvocationMessage || call.StreamIds is { Length: > 0 } => Refuse(
                call.InvocationId,
                call.Target,
                new HubException($"{InvalidArguments}: No hub method streams; call it with an invocation (type 1) and plain arguments.")),
            _ => message,
        };
        return true;
    }

    private static HubException Describe(InvocationBindingFailureMessage failure, IInvocationBinder binder)
    {
        var cause = failure.BindingFailure.SourceException;
        if (string.IsNullOrEmpty(failure.Target) || !TryCountParameters(binder, failure.Target, out var count))
        {
            return new HubException($"{UnknownMethod}: The hub has no method of that name.", cause);
        }

        return new HubException(
            $"{InvalidArguments}: The arguments do not fit this method: it takes {count}, in the order and of the types docs/protocol.md gives.",
            cause);
    }

    private static bool TryCountParameters(IInvocationBinder binder, string target, out int count)
    {
        try
        {
            count = binder.GetParameterTypes(target).Count;
            return true;
        }
        catch (HubException)
        {
            // The dispatcher's way of saying it has no such method.
            count = 0;
            return false;
        }
    }

    private static InvocationBindingFailureMessage Refuse(string? invocationId, string target, HubException refusal) =>
        new(invocationId, target, ExceptionDispatchInfo.Capture(refusal));
}
