namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>Chinese politeness cues for support chats, matched as substrings of the normalised text.</summary>
internal static class ChinesePolitenessPhrases
{
    public static IReadOnlyDictionary<PolitenessCue, string[]> Phrases { get; } = new Dictionary<PolitenessCue, string[]>
    {
        [PolitenessCue.Gratitude] = ["谢谢", "感谢", "多谢", "谢啦", "辛苦了"],
        [PolitenessCue.Apology] = ["抱歉", "对不起", "不好意思", "很遗憾", "给您带来", "打扰了", "请原谅"],
        [PolitenessCue.Please] = ["请", "麻烦您", "麻烦你", "劳驾", "烦请"],
        [PolitenessCue.Greeting] = ["您好", "你好", "早上好", "下午好", "晚上好", "亲", "欢迎"],
        [PolitenessCue.Farewell] = ["祝您", "再见", "还有其他问题", "还有什么可以帮", "随时联系", "很高兴为您服务", "为您服务"],
        [PolitenessCue.Hedge] = ["可能", "也许", "大概", "或许", "好像", "似乎", "我觉得", "建议", "如果方便", "稍微", "一下"],
        [PolitenessCue.Deference] = ["您说得对", "理解您", "非常理解", "感谢您的理解", "感谢您的耐心", "感谢您的反馈", "尊敬的"],
        [PolitenessCue.CounterfactualModal] = ["能否", "可否", "是否可以", "能不能麻烦", "方便的话"],
        [PolitenessCue.IndicativeModal] = ["你能", "你可以", "你必须", "你应该", "你得"],
        [PolitenessCue.ByTheWay] = ["顺便", "对了"],
        [PolitenessCue.Factuality] = ["其实", "事实上", "实际上", "显然", "当然", "明明", "本来"],
        [PolitenessCue.PositiveSentiment] = ["好的", "很好", "没问题", "高兴", "满意", "耐心", "理解", "帮您", "为您", "马上", "已经为您", "愉快", "😊", "感谢"],
        [PolitenessCue.NegativeSentiment] = ["烦", "讨厌", "受不了", "垃圾", "糟糕", "麻烦死", "无语", "真是的", "服了", "有病", "怪谁", "活该"],
        [PolitenessCue.Insult] = ["笨", "蠢", "白痴", "傻", "脑子", "眼瞎", "瞎了", "神经病", "脑残", "废物", "智障", "你这种", "这种客户", "听不懂"],
        [PolitenessCue.Dismissal] =
        [
            "不关我", "不是我的问题", "你自己", "自己看", "自己查", "说了多少遍", "我再说一遍", "最后说一次", "别再问",
            "别问了", "别烦", "快点", "就这样", "爱买不买", "不知道", "没义务", "听着", "早干嘛去了", "下一个", "懂了吗",
        ],
        [PolitenessCue.FirstPersonPlural] = ["我们", "咱们"],
        [PolitenessCue.PleaseStart] = ["请", "麻烦"],
        [PolitenessCue.DirectImperativeStart] = ["别", "不要", "快", "看", "自己", "听着", "去"],
        [PolitenessCue.SecondPersonStart] = ["你", "您"],
        [PolitenessCue.FirstPersonStart] = ["我"],
        [PolitenessCue.DirectStart] = ["那", "所以", "但是", "好吧", "行了"],
        [PolitenessCue.DirectQuestionStart] = ["为什么", "怎么", "什么", "你到底", "难道"],
        [PolitenessCue.DeferenceStart] = ["好的", "太好了", "很好", "谢谢您的", "感谢您的"],
    };
}
