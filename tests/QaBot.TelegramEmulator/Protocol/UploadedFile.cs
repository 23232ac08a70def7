namespace QaBot.TelegramEmulator.Protocol;

/// <summary>A file part of a multipart/form-data request (InputFile.FromStream in Telegram.Bot).</summary>
public sealed record UploadedFile(string FieldName, string? FileName, string? ContentType, byte[] Content);
