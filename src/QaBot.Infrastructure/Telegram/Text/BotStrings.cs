using System.Globalization;

namespace QaBot.Infrastructure.Telegram.Text;

/// <summary>
/// Every sentence the bot says, in one language. Properties default to English; <see cref="RussianBotStrings"/> gives
/// the Russian ones. Templates use composite formatting ({0}); their arguments are already escaped HTML.
/// </summary>
public sealed record BotStrings
{
    public static BotStrings English { get; } = new();

    public string Language { get; init; } = BotLanguage.English;

    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("en-GB");

    // Access and errors
    public string Refusal { get; init; } = "Sorry, this bot is only for the support team. Ask your admin for access (your Telegram id: {0}).";
    public string OperatorsOnlyThemselves { get; init; } = "Operators see only their own numbers: try /me.";
    public string NotLinked { get; init; } = "You are not linked to an operator id yet. Ask your supervisor for a code and send /link &lt;code&gt;.";
    public string UnknownCommand { get; init; } = "Unknown command. /help lists what I can do.";
    public string ArgumentUnknown { get; init; } = "I don't understand “{0}”. Periods: today, yesterday, week, lastweek, month, lastmonth, 7d, 30d, 15m, 60m, 2026-11-20, 2026-11-01..2026-11-30. Groups: {1}.";

    public string ArgumentTwice { get; init; } = "Give one period and at most one group: “{0}” is a second one.";

    public string PeriodReversed { get; init; } = "The period “{0}” ends before it starts: write the earlier date first, e.g. 2026-11-01..2026-11-30.";

    public string PeriodTooLong { get; init; } = "The period “{0}” is too long: at most 366 days (or 1440 minutes).";

    public string DaysOnly { get; init; } = "{0} shows days, not live minutes: use today, yesterday, week, 7d, 30d, month, a date (2026-11-20) or a range (2026-11-01..2026-11-30).";

    public string SpeakerOperator { get; init; } = "operator";

    public string SpeakerCustomer { get; init; } = "customer";

    public string UnknownOperatorId { get; init; } = "No operator {0} in the stored chats or in <code>Access:Operators</code>: use the operator id as the transcripts have it.";

    public string MeForStaff { get; init; } = "/me shows an operator's own numbers, and you are not linked to an operator id. The team's are in /stats and /operators; to see your own as an operator, make a code with /linkcode &lt;your operator id&gt; and send /link &lt;code&gt;.";

    public string NoGroupsYet { get; init; } = "none yet";

    public string BadPeriod { get; init; } = "I don't understand the period “{0}”. Use today, yesterday, 7d, 30d, 15m, 60m, 2026-11-20 or 2026-11-01..2026-11-30.";
    public string InternalError { get; init; } = "Something went wrong on my side; please try again in a minute.";
    public string StaleButton { get; init; } = "This button is out of date: run the command again.";

    public string PercentagePoints { get; init; } = "pp";

    public string NotAvailable { get; init; } = "This is not available on this installation yet.";

    // Start and help
    public string Welcome { get; init; } = "Hi, {0}! I'm QaBot: I watch the team's live chats, alert on missed ones and report on quality.";
    public string HelpTitle { get; init; } = "What I can do:";
    public string PeriodHelp { get; init; } = "Periods: today (default), yesterday, 7d, 30d, 15m, 60m, 2026-11-20, 2026-11-01..2026-11-30.";
    public IReadOnlyDictionary<string, string> CommandDescriptions { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["start"] = "Start and see your role",
        ["help"] = "What the bot can do",
        ["stats"] = "Team KPIs: /stats [period] [group]",
        ["missed"] = "Missed chats: /missed [period]",
        ["operators"] = "Operator leaderboard: /operators [period]",
        ["operator"] = "One operator: /operator <id|name> [period]",
        ["chat"] = "A chat with its QA result: /chat <id> (operators: their own chats)",
        ["worst"] = "Lowest QA scores: /worst [period]",
        ["chart"] = "Charts: /chart volume|sl|heatmap|operators [period]",
        ["staffing"] = "Operators needed per hour: /staffing [period]",
        ["export"] = "CSV of the chats: /export [period] [group]",
        ["me"] = "Your own numbers: /me [period]",
        ["subscribe"] = "Send alerts and summaries to this chat",
        ["unsubscribe"] = "Stop alerts and summaries here",
        ["link"] = "Link your account: /link <code>",
        ["linkcode"] = "One-time link code: /linkcode <operator id>",
        ["lang"] = "Language: /lang ru|en",
    };

    // Periods and numbers
    public string Today { get; init; } = "today";
    public string LastMinutes { get; init; } = "last {0} min";
    public string NoData { get; init; } = "—";
    public string Hours { get; init; } = "h";
    public string Minutes { get; init; } = "m";
    public string Seconds { get; init; } = "s";

    // Stats
    public string StatsTitle { get; init; } = "📊 <b>Stats</b> · {0}";
    public string GroupSuffix { get; init; } = " · group {0}";
    public string NoChats { get; init; } = "No chats in this period.";
    public string Chats { get; init; } = "Chats";
    public string Answered { get; init; } = "Answered";
    public string Missed { get; init; } = "Missed";
    public string ShortAbandons { get; init; } = "Short abandons";
    public string WaitingNow { get; init; } = "Waiting now";
    public string AfterHours { get; init; } = "After hours (not missed)";
    public string BusinessHoursMode { get; init; } = "Waits and service level count business hours only.";
    public string ServiceLevel { get; init; } = "Service level (≤ {0})";
    public string ChannelHeader { get; init; } = "{0} · chats: {1}";
    public IReadOnlyDictionary<string, string> ChannelNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["chat"] = "💬 Chat",
        ["email"] = "✉️ E-mail",
        ["call"] = "📞 Calls",
        ["messenger"] = "📱 Messengers",
    };
    public string Waits { get; init; } = "Wait avg / median / p90 / max";
    public string AvgWait { get; init; } = "Avg wait";
    public string AvgReply { get; init; } = "Avg reply time";
    public string AvgDuration { get; init; } = "Avg duration";
    public string Csat { get; init; } = "CSAT (rated)";
    public string Conversion { get; init; } = "Conversion";
    public string Fcr { get; init; } = "FCR";
    public string QaScore { get; init; } = "QA score";
    public string ToReview { get; init; } = "Messages to review (unsure politeness)";
    public string Concurrency { get; init; } = "Concurrency avg / max";
    public string Trend { get; init; } = "vs {0}: chats {1}, missed {2}, SL {3}, avg wait {4}";
    public string TrendCounts { get; init; } = "vs {0}: chats {1}, missed {2}";
    public string TrendUntil { get; init; } = "{0} until {1}";
    public string ButtonMissed { get; init; } = "🔎 Missed ({0})";
    public string ButtonOperators { get; init; } = "👥 Operators";
    public string ButtonWaiting { get; init; } = "⏳ Waiting ({0})";
    public string ButtonChannels { get; init; } = "📡 Channels";
    public string ButtonFailedCheck { get; init; } = "⚠️ {0} ({1})";
    public string WaitingTitle { get; init; } = "⏳ <b>Waiting now</b> · {0}";
    public string WaitingLine { get; init; } = "{0}. {1} · {2} · waiting {3} · “{4}”";
    public string NoneWaiting { get; init; } = "Nobody is waiting now.";
    public string ChannelsTitle { get; init; } = "📡 <b>Channels</b> · {0}";
    public string ButtonFailingChats { get; init; } = "📉 Chats that lost points";
    public string Page { get; init; } = "Page {0} of {1}";

    // Lists
    public string MissedTitle { get; init; } = "❌ <b>Missed chats</b> · {0}";
    public string NoMissed { get; init; } = "No missed chats in this period. 🎉";
    public string MissedLine { get; init; } = "{0} · {1} · left after {2} · “{3}” · {4}";
    public string OperatorsTitle { get; init; } = "👥 <b>Operators</b> · {0}";
    public string OperatorsHeader { get; init; } = "chats · avg wait · QA · CSAT";
    public string NoOperators { get; init; } = "No operator wrote in this period.";
    public string OperatorTitle { get; init; } = "👤 <b>{0}</b> · {1}";
    public string UsageOperator { get; init; } = "Usage: /operator &lt;id or name&gt; [period]";
    public string OperatorNotFound { get; init; } = "No operator matches “{0}” in this period.";
    public string OperatorAmbiguous { get; init; } = "Several operators match: {0}";
    public string FailedChecks { get; init; } = "Failed checks";
    public string WorstTitle { get; init; } = "📉 <b>Lowest QA scores</b> · {0}";
    public string NoResults { get; init; } = "No scored chats in this period.";
    public string StaffingTitle { get; init; } = "🧮 <b>Operators needed per hour</b> · {0}\nTarget {1} within {2}, {3} chats per operator at once";
    public string StaffingDays { get; init; } = "Chats per hour are averaged over the {0} of {1} days that had chats.";
    public string StaffingLine { get; init; } = "{0}:00 · {1} chats/h · {2}";
    public string NoStaffing { get; init; } = "Not enough answered chats in this period to estimate staffing.";
    public string ExportCaption { get; init; } = "📄 Chats · {0}: {1} rows, one per chat counted in /stats.";
    public string ExportTooLarge { get; init; } = "The export of {0} ({1} chats) is larger than the 50 MB Telegram lets a bot send: choose a shorter period or a group, or run <code>qabot export</code> on the server.";
    public string MeTitle { get; init; } = "🙋 <b>Your numbers</b> · {0}";

    // One chat
    public string UsageChat { get; init; } = "Usage: /chat &lt;id&gt; (or source/id)";
    public string ChatNotFound { get; init; } = "Chat {0} not found.";
    public string ChatNotYours { get; init; } = "You can open only the chats you wrote in; {0} is not one of them.";
    public string SentPrivately { get; init; } = "I sent the answer to you in a private chat (if it does not arrive, open a chat with me and press Start).";
    public string ChatTitle { get; init; } = "💬 <b>Chat</b> {0}";
    public string StateAnswered { get; init; } = "answered after {0}";
    public string StateMissed { get; init; } = "missed";
    public string StateWaiting { get; init; } = "waiting for {0}";
    public string StateShortAbandon { get; init; } = "short abandon";
    public string StateAfterHours { get; init; } = "after hours, not missed";
    public string StateOpen { get; init; } = "open";
    public string StateOutbound { get; init; } = "outbound";
    public string Customer { get; init; } = "Customer";
    public string Bot { get; init; } = "Bot";
    public string System { get; init; } = "System";
    public string NotScored { get; init; } = "not scored yet";
    public string ButtonNotAProblem { get; init; } = "👍 Not a problem";
    public string ButtonConfirmed { get; init; } = "⚠️ Confirmed";

    // Charts
    public string UsageChart { get; init; } = "Usage: /chart volume|sl|heatmap|operators [period]";
    public string ChartVolume { get; init; } = "Chats per day · {0}";
    public string ChartServiceLevel { get; init; } = "Service level per day · {0}";
    public string ChartHeatmap { get; init; } = "Chats by weekday and hour · {0}";
    public string ChartOperators { get; init; } = "Operators by chats handled · {0}";
    public string Target { get; init; } = "Target";
    public string ServiceLevelShort { get; init; } = "Service level";
    public string ChartOther { get; init; } = "Short abandons, waiting";
    public string ChatsPerHour { get; init; } = "Chats in the hour (whole period)";
    public IReadOnlyList<string> WeekdaysShort { get; init; } = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    // Subscriptions, linking, language
    public string Subscribed { get; init; } = "✅ This chat will get missed-chat alerts and daily summaries.";
    public string AlreadySubscribed { get; init; } = "This chat is already subscribed.";
    public string Unsubscribed { get; init; } = "🔕 This chat will no longer get alerts and summaries.";
    public string NotSubscribed { get; init; } = "This chat was not subscribed.";

    public string SubscribedByConfiguration { get; init; } = "This chat gets alerts and summaries because it is listed in <code>Alerts:ChatIds</code> of the configuration: an admin removes it there to stop them.";
    public string UsageLink { get; init; } = "Usage: /link &lt;code&gt;";
    public string Linked { get; init; } = "✅ Linked: you are operator {0}. Try /me.";
    public string LinkInvalid { get; init; } = "This code is not valid, already used or expired.";
    public string LinkOverriddenForUser { get; init; } = "Not linked: the configuration (<code>Access:Operators</code>) makes you operator {0}, and it wins over a code for {1}. Ask an admin to change it there; the code stays valid.";
    public string LinkOverriddenForOperator { get; init; } = "Not linked: the configuration (<code>Access:Operators</code>) gives operator {0} to another Telegram account, and it wins over a code. Ask an admin to change it there; the code stays valid.";
    public string UsageLinkCode { get; init; } = "Usage: /linkcode &lt;operator id&gt;";
    public string LinkCodeCreated { get; init; } = "One-time code for operator {0}, valid {1} h:\n<code>/link {2}</code>\nThey send it to me in a private chat.";
    public string UsageLang { get; init; } = "Usage: /lang ru|en";
    public string LanguageSet { get; init; } = "OK, I'll speak English.";
    public string GroupLanguageSet { get; init; } = "OK, I'll speak English in this group: replies, alerts and summaries.";
    public string GroupLanguageStaffOnly { get; init; } = "Only a supervisor or an admin sets the language of a group; /lang in a private chat with me sets yours.";

    // Alerts
    public string AlertOne { get; init; } = "⏰ <b>Chat waiting over {0}</b>";
    public string AlertMany { get; init; } = "⏰ <b>{0} chats waiting over {1}</b>";
    public string AlertLine { get; init; } = "{0} · waited {1} · “{2}” · {3}";
    public string WarningOne { get; init; } = "⚠️ <b>A chat is waiting</b>: it is missed at {0}";
    public string WarningMany { get; init; } = "⚠️ <b>{0} chats are waiting</b>: they are missed at {1}";
    public string AlertTakenBy { get; init; } = "🙋 {0} is on it";
    public string ButtonTake { get; init; } = "🙋 I'll take it";
    public string ButtonTaken { get; init; } = "🙋 Taken";
    public string ButtonRemind { get; init; } = "📣 Remind";
    public string TookIt { get; init; } = "It's yours.";
    public string AlreadyTaken { get; init; } = "{0} has already taken it.";
    public string AlertGone { get; init; } = "This chat is no longer waiting.";
    public string Reminder { get; init; } = "📣 <b>Still waiting</b> for {0}: {1} · {2} · “{3}”";
    public string ReminderTaken { get; init; } = "📣 {0} reminds you: you took {1}, and the customer is still waiting ({2}).";
    public string ReminderSent { get; init; } = "Reminder sent.";
    public string Escalation { get; init; } = "⏫ <b>Still unanswered after {0}</b> · {1} · {2}\n“{3}”";
    public string AlertLineShort { get; init; } = "{0} · waited {1} · {2}";
    public string AlertManySettled { get; init; } = "⏰ <b>{0} chats waited over {1}</b>: {2}";
    public string AlertStillWaiting { get; init; } = "{0} still waiting";
    public string AlertCountAnswered { get; init; } = "{0} answered";
    public string AlertCountMissed { get; init; } = "{0} missed";
    public string AlertCountClosed { get; init; } = "{0} closed";
    public string AlertAnswered { get; init; } = "✅ answered by {0} after {1}";
    public string AlertMissed { get; init; } = "❌ missed: the customer left after {0}";
    public string AlertEnded { get; init; } = "☑️ closed after {0}";
    public string NoGroup { get; init; } = "no group";
    public string QueueAlert { get; init; } = "🚦 <b>Queue</b>: {0} chats waiting, the longest for {1}.";
    public string ServiceLevelAlert { get; init; } = "📉 <b>Service level of the last 15 minutes: {0}</b> (target {1}): {2} answered, {3} of them within {4} s, {5} missed.";
    public string RudeAlert { get; init; } = "🚨 <b>Rude message</b> · {0} · {1}\n{2}: “{3}”\nP(rude) = {4} — the chat fails politeness (QA score 0).";
    public string ReviewAlert { get; init; } = "🔎 <b>Please review: rude or not?</b> · {0} · {1}\n{2}: “{3}”\nP(rude) = {4} — the QA score is unchanged; your answer trains the model.";
    public string LabelledNotAProblem { get; init; } = "👍 Marked as not a problem by {0}";
    public string LabelledConfirmed { get; init; } = "⚠️ Confirmed by {0}";
    public string LabelSaved { get; init; } = "Saved, thank you.";
    public string Unreachable { get; init; } = "📭 I could not deliver a message to {0}: {1}. They get nothing more until they open the bot and send /start.";

    // Daily summary and weekly feedback
    public string SummaryTitle { get; init; } = "🗓 <b>Daily summary</b> · {0}";
    public string TopOperators { get; init; } = "Most chats";
    public string SummaryTrend { get; init; } = "vs {0}: chats {1} · missed {2} · SL {3} · avg wait {4}";
    public string SameWeekday { get; init; } = "{0} {1}";
    public string SummaryRudeAndReview { get; init; } = "🚨 Rude: <b>{0}</b> · 🔎 To review: <b>{1}</b>";
    public string FailingCheckTitle { get; init; } = "⚠️ <b>{0}</b> failed · {1}";
    public string MostFailed { get; init; } = "Most failed checks";
    public string FeedbackTitle { get; init; } = "📬 <b>Your week</b> · {0}–{1}";
    public string FeedbackVsTeam { get; init; } = "You vs the team median:";
    public string FeedbackToWorkOn { get; init; } = "To work on:";
    public string FeedbackYou { get; init; } = "You";
    public string FeedbackNotDelivered { get; init; } = "📭 <b>Weekly feedback {0}–{1}</b>: {2} of {3} operators did not get theirs — {4}. Make each a code with /linkcode &lt;operator id&gt;; once they /link, next week's arrives.";
    public string FeedbackNotLinked { get; init; } = "not linked: {0}";
    public string FeedbackUnreachable { get; init; } = "Telegram refuses delivery (never started the bot or blocked it): {0}";
    public string FeedbackNoFailures { get; init; } = "No failed checks this week. 👏";
    public string FeedbackProud { get; init; } = "⭐ A chat to be proud of: {0} (QA {1})";
    public string FeedbackButtonsHint { get; init; } = "💬 n opens example n (your messages marked 👉); ⚖️ n disputes it with a supervisor.";

    // Disputes of a failed check
    public string ButtonDispute { get; init; } = "⚖️ {0}";
    public string ButtonAccept { get; init; } = "✅ Accept: not a failure";
    public string ButtonReject { get; init; } = "❌ Reject: the failure stands";
    public string DisputeSent { get; init; } = "⚖️ Your dispute of “{0}” in chat {1} went to the supervisors; their answer comes here.";
    public string DisputeAlreadyOpen { get; init; } = "You already disputed “{0}” in chat {1}; it waits for a supervisor.";
    public string DisputeAlreadyDecided { get; init; } = "Your dispute of “{0}” in chat {1} was already decided by {2}.";
    public string DisputeRequest { get; init; } = "⚖️ <b>Dispute</b> from {0}: “{1}” failed in chat {2}. Is the failure right?";
    public string DisputeAcceptedBy { get; init; } = "✅ Accepted by {0}: not a failure.";
    public string DisputeRejectedBy { get; init; } = "❌ Rejected by {0}: the failure stands.";
    public string DisputeDecidedBefore { get; init; } = "Already decided by {0}.";
    public string DisputeOutcomeAccepted { get; init; } = "✅ {0} accepted your dispute: “{1}” in chat {2} is marked as not a failure.";
    public string DisputeOutcomeRejected { get; init; } = "❌ {0} rejected your dispute: “{1}” in chat {2} stays a failure.";
    public IReadOnlyDictionary<string, string> CheckNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["greeting"] = "greeting",
        ["first_response_sla"] = "first response in time",
        ["wait_notice"] = "announcing a wait",
        ["thanks_for_waiting"] = "thanks for waiting",
        ["closing"] = "closing",
        ["unanswered_question"] = "unanswered question",
        ["politeness"] = "politeness",
        ["missed_sale"] = "missed sale",
    };

    public string Format(string template, params object?[] args) => string.Format(Culture, template, args);

    public string ChannelName(string channel) => ChannelNames.TryGetValue(channel, out var name) ? name : channel;

    public string CheckName(string check) => CheckNames.TryGetValue(check, out var name) ? name : check;

    public string Describe(string command) => CommandDescriptions.TryGetValue(command, out var d) ? d : command;
}
