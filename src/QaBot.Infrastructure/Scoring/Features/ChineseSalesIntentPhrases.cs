namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>Chinese sales-intent cues for customer messages, matched as substrings.</summary>
internal static class ChineseSalesIntentPhrases
{
    public static IReadOnlyDictionary<SalesIntentCue, string[]> Phrases { get; } = new Dictionary<SalesIntentCue, string[]>
    {
        [SalesIntentCue.Price] = ["多少钱", "价格", "价钱", "费用", "贵", "便宜", "元", "¥"],
        [SalesIntentCue.Availability] = ["有货", "现货", "还有吗", "有没有", "缺货", "补货", "预订", "预售", "颜色", "尺码"],
        [SalesIntentCue.Delivery] = ["发货", "配送", "快递", "送到", "包邮", "自提", "几天到"],
        [SalesIntentCue.Payment] = ["付款", "支付", "分期", "货到付款", "信用卡", "微信支付", "支付宝", "发票"],
        [SalesIntentCue.Purchase] = ["购买", "想买", "要买", "下单", "订购", "我要", "拍下", "买两", "买一"],
        [SalesIntentCue.ProductChoice] = ["推荐", "哪个好", "区别", "对比", "型号", "款式", "适合"],
        [SalesIntentCue.Discount] = ["优惠", "折扣", "打折", "活动", "优惠券", "满减", "促销"],
        [SalesIntentCue.AfterSale] = ["我的订单", "物流", "退货", "退款", "换货", "取消订单", "保修", "维修", "还没到", "已经买了", "售后"],
        [SalesIntentCue.Complaint] = ["坏了", "破损", "不能用", "投诉", "太差", "质量问题", "少发", "发错"],
        [SalesIntentCue.Account] = ["密码", "账号", "登录", "验证码", "地址", "手机号"],
    };
}
