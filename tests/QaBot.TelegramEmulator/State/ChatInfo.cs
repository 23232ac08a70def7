using System.Text.Json.Nodes;

namespace QaBot.TelegramEmulator.State;

/// <summary>A chat the emulator has seen, with the type Telegram would report for it.</summary>
internal sealed record ChatInfo(long Id, string Type, string? Username = null)
{
    /// <summary>The type Telegram gives ids of this shape: users are positive, supergroups and channels -100….</summary>
    public static string InferType(long id) => id switch
    {
        > 0 => "private",
        <= -1_000_000_000_000 => "supergroup",
        _ => "group",
    };

    public JsonObject ToJson()
    {
        var chat = new JsonObject { ["id"] = Id, ["type"] = Type };
        if (Type == "private")
        {
            chat["first_name"] = $"User {Id}";
        }
        else
        {
            chat["title"] = $"Chat {Id}";
        }

        if (Username is not null)
        {
            chat["username"] = Username;
        }

        return chat;
    }
}
