using QaBot.Infrastructure.Scoring;

namespace QaBot.IntegrationTests.Scoring;

/// <summary>
/// Small labelled sets written for these tests: every combination of a few openers, bodies and closers, so the models
/// learn in a second or two and the tests stay fast.
/// </summary>
internal static class SyntheticMessages
{
    public static IReadOnlyList<LabelledText> Politeness { get; } =
    [
        .. Combine(
            ["Hello!", "Good morning, Anna.", "Thank you for waiting.", "Hi there!"],
            ["I have checked your order and it ships today.", "Could you please send me the order number?", "I am sorry for the delay, the refund is on its way.", "Your parcel will arrive tomorrow."],
            ["Have a nice day!", "Is there anything else I can help with?", "Thanks for your patience."],
            label: true, "en"),
        .. Combine(
            ["Listen.", "Again.", "Look,", "Ugh."],
            ["Stop asking stupid questions.", "Read the instructions yourself.", "This is not my problem.", "What the fuck do you want from me?"],
            ["Whatever.", "Deal with it.", "Don't write again."],
            label: false, "en"),
        .. Combine(
            ["Здравствуйте!", "Добрый день, Анна.", "Спасибо, что подождали."],
            ["Я проверила ваш заказ, он будет отправлен сегодня.", "Подскажите, пожалуйста, номер заказа.", "Приносим извинения за задержку."],
            ["Хорошего дня!", "Чем еще могу помочь?"],
            label: true, "ru"),
        .. Combine(
            ["Слушайте.", "Опять вы.", "Ну что еще."],
            ["Читайте инструкцию сами.", "Это не мои проблемы.", "Хватит задавать тупые вопросы, блять."],
            ["Всё.", "Не пишите сюда больше."],
            label: false, "ru"),
    ];

    public static IReadOnlyList<LabelledText> SalesIntent { get; } =
    [
        .. Combine(
            ["Hi!", "Hello,", "Good evening."],
            ["How much is the blue jacket?", "Do you have these sneakers in size 42?", "Can I pay for the laptop in instalments?", "Do you deliver to Boston? I want to order the lamp."],
            ["Thanks!", "I'd like to buy it today."],
            label: true, "en"),
        .. Combine(
            ["Hi!", "Hello,", "Good evening."],
            ["Where is my order?", "The kettle arrived broken.", "I want to return the jacket and get a refund.", "I can't log in to my account."],
            ["Thanks.", "Please help."],
            label: false, "en"),
        .. Combine(
            ["Здравствуйте!", "Добрый день."],
            ["Сколько стоит синяя куртка?", "Есть ли кроссовки 42 размера в наличии?", "Можно купить ноутбук в рассрочку?"],
            ["Хочу заказать.", "Спасибо!"],
            label: true, "ru"),
        .. Combine(
            ["Здравствуйте!", "Добрый день."],
            ["Где мой заказ?", "Чайник пришел сломанный.", "Хочу вернуть куртку и получить деньги назад."],
            ["Помогите.", "Спасибо."],
            label: false, "ru"),
    ];

    private static IEnumerable<LabelledText> Combine(string[] openers, string[] bodies, string[] closers, bool label, string language) =>
        from opener in openers
        from body in bodies
        from closer in closers
        select new LabelledText($"{opener} {body} {closer}", label, language);
}
