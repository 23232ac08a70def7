using QaBot.Core.Checks;

namespace QaBot.Core.Feedback;

/// <summary>One concrete tip per check, in the operator's language (ru, en, zh; anything else gets English).</summary>
public static class FeedbackTips
{
    private static readonly Dictionary<string, Dictionary<string, string>> Tips = new(StringComparer.Ordinal)
    {
        ["en"] = new(StringComparer.Ordinal)
        {
            [CheckNames.Greeting] = "Open every chat with a greeting and the customer's name if you have it: \"Hello, Anna! Let me help you with that.\"",
            [CheckNames.FirstResponseSla] = "Answer new chats first, even with a short \"Hello! One moment, I'm looking into it\" — the clock stops at your first message.",
            [CheckNames.WaitNotice] = "Before anything that takes over a minute, say so: \"Please wait, it may take up to 3 minutes — I'm checking with the warehouse.\"",
            [CheckNames.ThanksForWaiting] = "After a wait, start with \"Thank you for waiting!\" before the answer.",
            [CheckNames.Closing] = "End with an offer of more help: \"Is there anything else I can help you with? Have a great day!\"",
            [CheckNames.UnansweredQuestion] = "Read the last customer message before closing: if it is a question, answer it.",
            [CheckNames.Politeness] = "Keep a neutral, respectful tone even when the customer is difficult; describe the next step instead of the problem.",
            [CheckNames.MissedSale] = "When a customer asks about price or availability, offer something concrete: a link, a price, or an alternative in stock.",
        },
        ["ru"] = new(StringComparer.Ordinal)
        {
            [CheckNames.Greeting] = "Начинайте каждый чат с приветствия и имени клиента: «Здравствуйте, Анна! Сейчас помогу».",
            [CheckNames.FirstResponseSla] = "Отвечайте на новый чат сразу, пусть коротко: «Здравствуйте! Минуту, уточню» — время ожидания считается до вашего первого сообщения.",
            [CheckNames.WaitNotice] = "Перед долгой проверкой предупредите: «Подождите, пожалуйста, это займёт до 3 минут — уточняю на складе».",
            [CheckNames.ThanksForWaiting] = "После паузы начните с «Спасибо за ожидание!», а потом дайте ответ.",
            [CheckNames.Closing] = "Завершайте чат предложением помощи: «Могу ещё чем-нибудь помочь? Хорошего дня!»",
            [CheckNames.UnansweredQuestion] = "Перед закрытием перечитайте последнее сообщение клиента: если это вопрос — ответьте на него.",
            [CheckNames.Politeness] = "Сохраняйте спокойный уважительный тон даже с трудным клиентом; говорите о следующем шаге, а не о проблеме.",
            [CheckNames.MissedSale] = "Если клиент спрашивает о цене или наличии, предложите конкретное: ссылку, цену или аналог в наличии.",
        },
        ["zh"] = new(StringComparer.Ordinal)
        {
            [CheckNames.Greeting] = "每次对话都以问候开头，例如：“您好，安娜！我来帮您处理。”",
            [CheckNames.FirstResponseSla] = "新对话请先快速回复，哪怕只是“您好！请稍等，我查一下”。",
            [CheckNames.WaitNotice] = "需要超过一分钟时请先告知：“请稍等，大约需要3分钟，我正在核实。”",
            [CheckNames.ThanksForWaiting] = "等待之后，请先说“感谢您的耐心等待！”再给出答复。",
            [CheckNames.Closing] = "结束时请询问：“还有什么可以帮您的吗？祝您愉快！”",
            [CheckNames.UnansweredQuestion] = "结束前请再看一遍客户的最后一条消息，如果是问题请回答。",
            [CheckNames.Politeness] = "即使客户情绪激动，也请保持礼貌和耐心，说明下一步怎么做。",
            [CheckNames.MissedSale] = "客户询问价格或库存时，请给出具体建议：链接、价格或替代商品。",
        },
    };

    public static string For(string check, string? language) =>
        (Tips.TryGetValue(language ?? "en", out var byCheck) ? byCheck : Tips["en"]).TryGetValue(check, out var tip)
            ? tip
            : Tips["en"].GetValueOrDefault(check, check);
}
