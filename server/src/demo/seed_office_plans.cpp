// The work rhythm around today: each body's monthly plans for the last three months and this one (most items
// done, a few late or still open), the office's weekly arrangement, the monthly notices of the past months,
// the scoring sheets with last quarter's assessments, and Daye's annual rank ("2021年进至全市排名第四").
#include <fmt/format.h>

#include "core/clock.hpp"
#include "demo/office_seed.hpp"
#include "domains/office/assessment/assessment.hpp"
#include "domains/office/common.hpp"
#include "domains/office/plans/plans.hpp"

namespace zhixie::demo {

namespace {

const std::vector<const char*> kOfficeItems = {
    "起草主席会议、常委会议有关材料", "做好机关考勤和值班安排",     "编发政协工作信息", "办理公文和档案归档",
    "组织机关干部集中学习",           "做好机关财务报销和资产管理", "筹备月度工作通报", "做好驻点村帮扶对接"};
const std::vector<const char*> kCommitteeItems = {
    "开展对口协商前期调研", "组织委员视察活动", "督办重点提案办理",     "整理社情民意信息",
    "召开专委会全体会议",   "撰写专题调研报告", "联系界别委员开展活动", "做好委员履职积分登记"};

void plan(OfficeSeed& s, int64_t body, const std::string& kind, const std::string& period,
          const std::string& title, const std::vector<const char*>& pool, int count) {
    const std::string today = clock::today_cst();
    auto days = office::plans::period_days(kind, period);
    const int64_t id = s.tx.insert(
        "INSERT INTO office_plans (committee_id, body_id, kind, period, title, created_by, created_at) "
        "VALUES (:c, :b, "
        ":k, :p, :t, :by, :at) RETURNING id",
        {{"c", s.me.committee_id},
         {"b", body},
         {"k", kind},
         {"p", period},
         {"t", title},
         {"by", s.by()},
         {"at", days->first + "T01:00:00Z"}});
    const auto owners = s.serving(body);
    const int span = kind == "month" ? 27 : 4;
    for (int k = 0; k < count; ++k) {
        const std::string due = day_offset(days->first, std::min(span, (k + 1) * span / count));
        office::plans::ItemFields f{
            pool[static_cast<size_t>(s.below(static_cast<int>(pool.size())))], due,
            owners.empty() ? std::nullopt
                           : std::optional<int64_t>(owners[static_cast<size_t>(k) % owners.size()]->id)};
        const int64_t item = office::plans::insert_item(s.tx, s.me.committee_id, id, k + 1, f);
        // what happened: done on time mostly, now and then late, and once in a while not at all
        const int luck = s.below(10);
        if (due >= today || luck < 2) continue;  // about one in five is still open
        const std::string done = luck == 2 ? day_offset(due, 3) : day_offset(due, -s.below(3));
        if (done > today) continue;
        s.tx.exec(
            "UPDATE office_plan_items SET status = 'done', done_on = :d, result = '已完成', version = 2 "
            "WHERE id = "
            ":id",
            {{"d", done}, {"id", item}});
    }
}

}  // namespace

void seed_office_plans(OfficeSeed& s) {
    const std::string today = clock::today_cst();
    for (int back = 3; back >= 0; --back) {
        const std::string month = office::add_months(today.substr(0, 7), -back);
        const std::string cn =
            fmt::format("{}年{}月工作计划", month.substr(0, 4), std::stoi(month.substr(5, 2)));
        for (size_t b = 0; b < s.bodies.size(); ++b)
            plan(s, s.bodies[b].second, "month", month, s.bodies[b].first + cn,
                 b == 0 ? kOfficeItems : kCommitteeItems, b == 0 ? 6 : 4);
    }
    // this week's arrangement for the office
    const auto week = [&] {
        auto t = clock::parse_iso(today);
        std::time_t tt = std::chrono::system_clock::to_time_t(t);
        std::tm tm{};
        gmtime_r(&tt, &tm);
        char buf[16];
        std::strftime(buf, sizeof buf, "%G-W%V", &tm);
        return std::string(buf);
    }();
    plan(s, s.bodies.front().second, "week", week, "办公室本周工作安排", kOfficeItems, 5);
    if (s.me.user_id)
        for (int back = 3; back >= 1; --back)
            office::plans::issue_notice_in(s.tx, s.me, s.actor,
                                           office::add_months(today.substr(0, 7), -back));
}

void seed_office_assessment(OfficeSeed& s) {
    namespace a = office::assessment;
    auto bodies = a::create_sheet_in(
        s.tx, s.me, s.actor, Lang::zh,
        {"机关部门季度考核评分表",
         "body",
         {{"月计划事项按时完成", 30, "plan_on_time", "按时完成率折算，未按时完成的按比例扣分"},
          {"督查督办事项按时办结", 20, "tasks_on_time", "按时办结率折算"},
          {"履职服务", 20, "scored", "协商、视察、调研等活动组织出现差错的，每次扣2分"},
          {"信息宣传", 10, "scored", "未完成季度宣传稿件任务的，每少1篇扣1分"},
          {"作风纪律", 10, "scored", "违反考勤、值班纪律的，每人次扣1分"},
          {"党建工作", 10, "scored", "“三会一课”、主题党日未按时开展的，每次扣2分"}}});
    a::create_sheet_in(s.tx, s.me, s.actor, Lang::zh,
                       {"机关干部季度考核评分表",
                        "staff",
                        {{"承担计划事项按时完成", 40, "plan_on_time", "按时完成率折算"},
                         {"督办事项按时办结", 20, "tasks_on_time", "按时办结率折算"},
                         {"工作作风", 20, "scored", "迟到早退、推诿扯皮的，每次扣2分"},
                         {"学习培训", 10, "scored", "缺席集中学习的，每次扣1分"},
                         {"廉洁自律", 10, "scored", "有违反廉洁纪律行为的，本项不得分"}}});
    // last quarter's assessment of every body: the computed parts from the records, the rest scored
    const std::string last_quarter = office::quarter_of(
        day_offset(office::quarter_days(office::quarter_of(clock::today_cst())).first, -1));
    for (const auto& [name, body] : s.bodies) {
        std::vector<a::Score> scores;
        for (const auto& item : bodies["items"])
            if (item["source"] == "scored")
                scores.push_back({item["id"].get<int64_t>(), item["max_points"].get<double>() - s.below(3),
                                  s.below(3) ? "" : "季度工作台账"});
        a::create_assessment_in(s.tx, s.me, s.actor, Lang::zh,
                                {bodies["id"].get<int64_t>(), last_quarter, body, scores});
    }
    // the office's own result among the city's units, recorded as staff record it (Daye: 4th in 2021)
    if (s.code == "daye")
        a::set_annual_result_in(
            s.tx, s.me, s.actor, Lang::zh,
            {2021, 4, std::nullopt, "", "年度绩效考核排名逐年进位，2021年进至全市第四", std::nullopt});
}

}  // namespace zhixie::demo
