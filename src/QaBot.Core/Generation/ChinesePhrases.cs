using System.Globalization;

namespace QaBot.Core.Generation;

/// <summary>Chinese (Simplified) support-chat phrases.</summary>
internal static class ChinesePhrases
{
    public static PhraseBook Book { get; } = new()
    {
        Language = "zh",
        SentenceSeparator = "",
        FormatPrice = p => "¥" + p.ToString("0", CultureInfo.InvariantCulture),
        ShopUrl = "https://shop.example.cn/p/",
        CustomerNames = ["王伟", "李娜", "张敏", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴婷", "徐明", "孙悦"],
        CustomerHellos = ["你好！", "您好！", "在吗？", "你好，请问一下。"],
        CustomerNudges = ["有人吗？", "还在吗？", "请回复一下。"],
        CustomerRunAddOns = ["麻烦帮我看一下。", "先谢谢了！", "有点急。"],
        CustomerAcks = ["好的，我等一下。", "好的", "嗯，没问题。"],
        CustomerThanks = ["谢谢！", "好的，谢谢。", "明白了，谢谢你！", "太好了，非常感谢。"],
        CustomerPurchaseOpeners = ["我想买{product}，多少钱？", "{product}有货吗？我想下单。", "请问{product}怎么买？",
            "{product}现在什么价格？"],
        PurchaseFollowUps =
        [
            new("发货要多久？", "一般2到4个工作日送达。"),
            new("有黑色的吗？", "有黑色和白色两种。"),
            new("可以货到付款吗？", "可以，支持货到付款。"),
            new("保修多长时间？", "厂家保修一年。"),
        ],
        CustomerOrderPlaced = ["已经下单了，谢谢！", "买好了，谢谢帮忙。"],
        OperatorGreetings = ["您好，{name}！", "您好！", "你好！"],
        WaitNotices = ["请稍等，我查一下。", "请稍等片刻，我帮您核实。", "稍等一下，我确认一下信息。"],
        ThanksForWaiting = ["感谢您的耐心等待。", "让您久等了，谢谢您的耐心。", "谢谢您的等待。"],
        Closings = ["还有什么可以帮您的吗？", "请问还有其他问题吗？", "如有其他问题，随时联系我们。"],
        Farewells = ["祝您生活愉快！", "祝您有美好的一天！"],
        PlainConfirmations = ["好的。", "收到。", "明白。"],
        CheckedPrefixes = ["我查过了，", "核实过了，", "确认过了，"],
        Offers = ["{product}的价格是{price}，下单链接：{link}", "有货的，{price}，您可以在这里下单：{link}",
            "价格{price}，我们还有套装优惠，购买链接：{link}"],
        NoOfferAnswers = ["库存情况我这边不清楚。", "这个您最好去门店问一下。", "这个我不太确定。"],
        RudeLines = ["你自己看不懂吗？我不想再重复了。", "这是你自己的问题，别来烦我。", "别浪费我的时间，网站上都写了。"],
        TransferNotices = ["我帮您转接给负责的同事。", "我把会话转给专业部门处理。"],
        TransferIntros = ["您好，我是{operator}，接下来由我为您处理。", "你好，这里是{operator}，我们来解决这个问题。"],
        BotQueueNotices = ["您好！我是智能助手，人工客服马上为您服务。", "当前客服繁忙，您正在排队，请耐心等待。"],
        CannedGreetings = ["您好！我是{operator}，很高兴为您服务，请问有什么可以帮您？"],
        OutboundMessages = ["{name}您好！您的订单{order}已可以到自提点领取。", "您好，{name}，提醒您订单{order}尚未付款。",
            "您好！关于订单{order}的问题已经处理好了。"],
        Catalogue =
        [
            new("Clean X2扫地机器人", 2299m, "clean-x2"), new("Sound Pro耳机", 699m, "sound-pro"),
            new("SmartBoil电水壶", 299m, "smartboil"), new("Barista One咖啡机", 3999m, "barista-one"),
            new("City 20背包", 399m, "city-20"), new("Fit 5智能手表", 1299m, "fit-5"),
        ],
        Topics = new Dictionary<string, TopicPhrases>(StringComparer.Ordinal)
        {
            ["delivery"] = new()
            {
                Tag = "delivery",
                Openers =
                [
                    new("我的订单到哪里了？", "订单已经交给快递公司，快递员送货前一小时会打电话。"),
                    new("包裹什么时候能到？", "预计明天送达，具体时间快递员早上会通知您。"),
                    new("快递员一直没来，怎么回事？", "非常抱歉，快递员延误了，送货改到明天。"),
                    new("可以改一下送货时间吗？", "可以，在个人中心或者这里都可以修改。"),
                ],
                Details = ["订单号{order}。", "订单{order}", "上周下的单，{order}。"],
                FollowUps =
                [
                    new("可以晚上送吗？", "可以，您可以选择18点到22点的时段。"),
                    new("快递员会先打电话吗？", "会的，大约提前一小时。"),
                    new("如果我不在家怎么办？", "快递员会留通知，您可以重新预约送货。"),
                    new("物流单号在哪里看？", "发货后物流单号会通过短信发送给您。"),
                ],
                LateQuestions = ["如果迟到了打哪个电话？", "地址还能改吗？"],
            },
            ["payment"] = new()
            {
                Tag = "payment",
                Openers =
                [
                    new("银行卡一直付款失败，为什么？", "一般是银行限额导致的，您可以换一张卡或者用支付宝。"),
                    new("被扣了两次钱，怎么办？", "第二笔只是预授权，会自动解除。"),
                    new("怎么开发票？", "发票会发送到订单填写的邮箱。"),
                    new("钱扣了为什么订单显示未付款？", "付款状态最多需要15分钟更新。"),
                ],
                Details = ["订单{order}。", "昨晚付的款，订单{order}。", "用的是支付宝。"],
                FollowUps =
                [
                    new("钱什么时候退回来？", "一般3个工作日内，具体看银行。"),
                    new("可以用微信支付吗？", "可以，结算时选择微信支付。"),
                    new("发票会发到邮箱吗？", "会的，发到订单上的邮箱。"),
                ],
                LateQuestions = ["如果没退回来找谁？", "银行会收手续费吗？"],
            },
            ["returns"] = new()
            {
                Tag = "returns",
                Openers =
                [
                    new("我想退货，怎么操作？", "请在个人中心申请退货，快递员免费上门取件。"),
                    new("收到的商品是坏的，怎么办？", "非常抱歉！请发一张照片，我们给您换货或退款。"),
                    new("可以换一个尺码吗？", "可以，14天内都可以换货。"),
                ],
                Details = ["订单{order}。", "昨天收到的，订单{order}。", "包装还留着。"],
                FollowUps =
                [
                    new("快递会上门取件吗？", "会的，您选一个方便的时间。"),
                    new("退款要多久？", "检验后10天内退款。"),
                    new("需要发票吗？", "不需要，有订单号就可以。"),
                ],
                LateQuestions = ["包装一定要保留吗？", "可以送到自提点退吗？"],
            },
            ["account"] = new()
            {
                Tag = "account",
                Openers =
                [
                    new("登录不了我的账户。", "请通过“忘记密码”重置密码试试。"),
                    new("怎么修改账户绑定的手机号？", "手机号可以在个人设置的联系方式里修改。"),
                    new("一直收不到验证码。", "验证码一般很快就到，也请看一下垃圾短信。"),
                ],
                Details = ["邮箱是wang@example.cn", "手机号和订单{order}上的一样。"],
                FollowUps =
                [
                    new("还是没收到验证码。", "已经重新发送，验证码10分钟内有效。"),
                    new("密码怎么重置？", "在登录页面点击“忘记密码”。"),
                    new("现在显示登录错误。", "请清除浏览器缓存后再试一次。"),
                ],
                LateQuestions = ["积分会不会清零？", "别的设备也能登录吗？"],
            },
            ["product"] = new()
            {
                Tag = "product",
                Openers =
                [
                    new("旧款的充电器能用在新款上吗？", "可以的，充电器两款通用。"),
                    new("X2和X3有什么区别？", "X3更安静，尘盒更大。"),
                    new("你们的产品保修多久？", "厂家保修两年。"),
                ],
                Details = ["我是去年在你们这里买的。", "以前的订单号是{order}。"],
                FollowUps =
                [
                    new("尺寸大吗？", "很小巧，直径大约35厘米。"),
                    new("包装里有什么？", "两个刷头和一个充电座。"),
                    new("有中文说明书吗？", "有的，纸质版和网站上都有。"),
                ],
                LateQuestions = ["你们周末也上班吗？", "自提点在哪里？"],
            },
        },
    };
}
