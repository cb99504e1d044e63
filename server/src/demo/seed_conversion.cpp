// Demo results conversion (成果转化): a year of reports per committee moved through the chain by the use
// cases — submitted by the office, instructed by the leaders, assigned to the handling units (or the
// vice-mayor in charge), acknowledged and reported back with their outcomes, notified and assessed — each
// step with the clock set to the day it happened. Daye's 2021 is the year of its report: 56 建言要报, 17
// 信息专报 and its inspection, research, consultation and supervision reports, 99 in all, every one
// instructed, assigned and acknowledged, 78 completed, with 39 documents, 85 problems, 11 incidents and 113
// practical matters spread over them; the product computes the rates from these records. Qingjian has a
// smaller year of its own, and both have a few reports of this year still on their way. One transaction per
// committee; idempotent.
#include "demo/seed_conversion.hpp"

#include <chrono>
#include <map>

#include <fmt/format.h>

#include "auth/sessions.hpp"
#include "core/clock.hpp"
#include "domains/conversion/conversion.hpp"

namespace zhixie::demo {

namespace {

struct YearSeed {
    int year;
    // reports per kind, in the order of conversion::kinds(): inspection, research, consultation,
    // supervision, advice, information
    int counts[6];
    int completed;                  // of them, reported back as done
    conversion::Outcomes outcomes;  // spread over the completed ones
};

struct CommitteeSpec {
    const char* place;       // 大冶市
    const char* vice_mayor;  // 分管副市长
    std::vector<const char*> topics;
    YearSeed past;
};

const CommitteeSpec kDaye{
    "大冶市",
    "分管副市长",
    {"加快废弃矿山生态修复",     "推进大冶黄桃产业提质增效",
     "保护利用铜绿山古铜矿遗址", "优化营商环境",
     "加强城区停车设施建设",     "推进农村人居环境整治",
     "完善城乡养老服务体系",     "促进县域医共体建设",
     "加强中小学教师队伍建设",   "推动工业园区转型升级",
     "做好农村饮水安全工作",     "加强大冶湖流域水环境治理",
     "推进老旧小区改造",         "发展全域旅游",
     "加强基层社会治理",         "支持民营企业纾困发展",
     "做好高校毕业生就业服务",   "推进乡村振兴示范村建设",
     "加强食品药品安全监管",     "完善城市公共交通",
     "推进数字政府建设",         "加强非物质文化遗产保护"},
    {2021, {9, 8, 5, 4, 56, 17}, 78, {39, 85, 11, 113}},
};

const CommitteeSpec kQingjian{
    "清涧县",
    "分管副县长",
    {"推进红枣产业转型升级", "加强水土流失综合治理", "保护利用路遥故居", "完善县域医疗服务",
     "改善农村道路条件", "做好易地扶贫搬迁后续扶持", "加强农村学校建设", "发展红色旅游", "推进城区供暖改造",
     "加强基层文化阵地建设"},
    {2022, {2, 2, 1, 1, 8, 6}, 15, {6, 18, 2, 21}},
};

const char* kInstructions[] = {
    "请市政府分管领导牵头研究，相关部门认真吸收采纳。",
    "建议很有针对性，请相关部门抓好落实，并将落实情况报政协。",
    "同意，请按建议要求抓紧推进，确保取得实效。",
    "所提问题要高度重视，请分管领导督促相关单位限期解决。",
};
const char* kFeedback[] = {
    "已召开专题会议研究，制定了落实方案，各项建议均已落实到位。",
    "已按批示要求整改，相关问题得到有效解决，群众反映良好。",
    "已将建议纳入年度重点工作，配套政策已出台实施。",
};
const char* kNotDone[] = {
    "已着手推进，因资金和政策条件所限，部分建议尚未落实，已列入下一年度计划。",
    "已开展前期调研，项目尚在论证中，暂未办成。",
};

// Who acts: a demo login of the committee as the use cases see it.
struct Person {
    auth::Principal me;
    audit::Actor actor;
};
Person person(storage::Tx& tx, int64_t committee_id, const char* username) {
    auto u = tx.one("SELECT id FROM users WHERE committee_id = :c AND username = :u",
                    {{"c", committee_id}, {"u", std::string(username)}});
    auto p = u ? auth::load_principal(tx, u->i("id"), auth::AuthSettings{}) : std::nullopt;
    if (!p) throw std::runtime_error(std::string("demo login missing: ") + username);
    return {*p, {p->user_id, p->committee_id, p->username, ""}};
}

// Runs the use cases with the clock on a given day (10:00 China time), and puts it back afterwards.
struct DayClock {
    void at(const std::string& day) {
        const auto when = clock::parse_iso(day) + std::chrono::hours(2);
        clock::set_offset_for_tests(
            std::chrono::duration_cast<std::chrono::seconds>(when - std::chrono::system_clock::now()));
    }
    ~DayClock() { clock::set_offset_for_tests(std::chrono::seconds(0)); }
};

std::string day_of(int year, int day_of_year) {
    const auto t =
        clock::parse_iso(fmt::format("{}-01-01", year)) + std::chrono::hours(24 * (day_of_year - 1));
    return clock::iso(t).substr(0, 10);
}

std::string title_of(const CommitteeSpec& spec, const conversion::Kind& kind, int n) {
    const std::string topic = spec.topics[static_cast<size_t>(n) % spec.topics.size()];
    const std::string k = kind.code;
    if (k == "advice") return fmt::format("建言要报第{}期：关于{}的建议", n + 1, topic);
    if (k == "information") return fmt::format("信息专报第{}期：{}亟待加力", n + 1, topic);
    if (k == "inspection") return fmt::format("关于{}工作的视察报告", topic);
    if (k == "research") return fmt::format("关于{}的调研报告", topic);
    if (k == "consultation") return fmt::format("关于{}的协商报告", topic);
    return fmt::format("关于{}的民主监督报告", topic);
}

struct Seeder {
    storage::Tx& tx;
    const CommitteeSpec& spec;
    Person office, leader, mayor;
    std::vector<int64_t> bodies, units;
    DayClock clk;
    int serial = 0;

    // each person as the use cases see them, read once
    std::map<const Person*, conversion::Caller> callers;
    const conversion::Caller& as(const Person& p) {
        auto it = callers.find(&p);
        if (it == callers.end()) it = callers.emplace(&p, conversion::caller_of(tx, p.me)).first;
        return it->second;
    }

    int64_t submit(const conversion::Kind& kind, int n, int year, const std::string& on) {
        clk.at(on);
        const int64_t body = bodies.empty() ? 0 : bodies[static_cast<size_t>(serial) % bodies.size()];
        conversion::NewReport r{kind.code,
                                title_of(spec, kind, n),
                                fmt::format("{}一、基本情况……二、存在的问题……三、意见建议……", spec.place),
                                on,
                                year,
                                body ? std::optional<int64_t>(body) : std::nullopt,
                                "",
                                std::nullopt};
        ++serial;
        return conversion::submit_report(tx, as(office), office.actor, Lang::zh, r);
    }
    void instruct(int64_t id, const std::string& on, bool by_mayor) {
        clk.at(on);
        const Person& who = by_mayor ? mayor : leader;
        conversion::instruct_report(tx, as(who), who.actor, Lang::zh, id,
                                    {kInstructions[serial % 4], on, std::nullopt});
    }
    // To one unit, sometimes two, or the vice-mayor in charge.
    void assign(int64_t id, const std::string& on, int n) {
        clk.at(on);
        conversion::Assignment a;
        if (n % 9 == 8) {
            a.vice_mayor = spec.vice_mayor;
        } else {
            a.unit_ids.push_back(units[static_cast<size_t>(n) % units.size()]);
            if (n % 5 == 4) a.unit_ids.push_back(units[static_cast<size_t>(n + 3) % units.size()]);
        }
        a.note = "请认真研究办理，按时反馈办理结果。";
        conversion::assign_report(tx, as(office), office.actor, Lang::zh, id, a);
    }
    std::vector<int64_t> assignments(int64_t id) {
        std::vector<int64_t> out;
        for (const auto& r :
             tx.query("SELECT id FROM conversion_assignments WHERE report_id = :r ORDER BY id", {{"r", id}}))
            out.push_back(r.i("id"));
        return out;
    }
    // Each assignee acknowledges (the office records it on paper: the demo units have one login between them)
    void acknowledge(int64_t id, const std::string& on) {
        clk.at(on);
        for (int64_t a : assignments(id))
            conversion::acknowledge_report(tx, as(office), office.actor, Lang::zh, id, a);
    }
    // … and reports back: the first assignee with the outcomes; done unless `done` is false, when the last
    // assignee reports it not done.
    void report(int64_t id, const std::string& on, bool done, const conversion::Outcomes& o) {
        clk.at(on);
        const auto list = assignments(id);
        for (size_t k = 0; k < list.size(); ++k) {
            const bool last = k + 1 == list.size();
            const bool ok = done || !last;
            conversion::Feedback f{list[k], ok, ok ? kFeedback[serial % 3] : kNotDone[serial % 2],
                                   k == 0 ? o : conversion::Outcomes{}, ""};
            if (k == 0 && (o.documents || o.problems || o.incidents || o.matters))
                f.outcome_text = fmt::format("出台文件{}件，解决问题{}个，化解事件{}起，办成实事{}件。",
                                             o.documents, o.problems, o.incidents, o.matters);
            conversion::report_back(tx, as(office), office.actor, Lang::zh, id, f);
        }
    }
    void step(int64_t id, const std::string& on, const char* transition, const std::string& note) {
        clk.at(on);
        conversion::take_step(tx, as(office), office.actor, Lang::zh, id, {transition, note, std::nullopt});
    }
};

// The i-th completed report's share of the year's outcomes: each gets one of everything there is at least
// one of per report, the first ones the remainder.
conversion::Outcomes share(const conversion::Outcomes& total, int completed, int i) {
    auto part = [&](int64_t n) {
        const int64_t each = n / completed, rest = n % completed;
        return each + (i < rest ? 1 : 0);
    };
    return {part(total.documents), part(total.problems), part(total.incidents), part(total.matters)};
}

void seed_year(Seeder& s, const YearSeed& y) {
    int total = 0;
    for (int c : y.counts)
        total += c;
    int n = 0, done = 0;
    for (size_t k = 0; k < conversion::kinds().size(); ++k) {
        for (int j = 0; j < y.counts[k]; ++j, ++n) {
            // spread over the year; the last steps at most in mid-December
            const int d = 10 + n * 250 / total;
            const int64_t id = s.submit(conversion::kinds()[k], j, y.year, day_of(y.year, d));
            s.instruct(id, day_of(y.year, d + 3), n % 4 == 1);
            s.assign(id, day_of(y.year, d + 6), n);
            s.acknowledge(id, day_of(y.year, d + 8));
            // the not completed ones are spread over the year too
            const bool completed =
                static_cast<int64_t>(done) * total < static_cast<int64_t>(y.completed) * (n + 1);
            s.report(id, day_of(y.year, d + 40), completed,
                     completed ? share(y.outcomes, y.completed, done) : conversion::Outcomes{});
            s.step(id, day_of(y.year, d + 45), "notify",
                   completed ? fmt::format("办理结果已在{}成果转化工作通报中通报。", s.spec.place)
                             : std::string("未办成事项已通报，继续跟踪督办。"));
            if (completed) s.step(id, day_of(y.year, d + 50), "assess", "纳入承办单位年度目标考核。");
            done += completed ? 1 : 0;
        }
    }
}

// This year's reports, still on their way: waiting for a leader, for assignment, for the units.
void seed_current(Seeder& s, const std::string& today) {
    const int year = std::stoi(today.substr(0, 4));
    const auto& k = conversion::kinds();
    auto before = [&](int days) {
        return clock::iso(clock::parse_iso(today) - std::chrono::hours(24 * days)).substr(0, 10);
    };
    s.submit(k[4], 0, year, before(3));
    s.submit(k[5], 0, year, before(2));
    s.instruct(s.submit(k[0], 0, year, before(20)), before(15), false);
    const int64_t assigned = s.submit(k[1], 1, year, before(30));
    s.instruct(assigned, before(26), true);
    s.assign(assigned, before(24), 0);  // to the demo unit login's unit
    const int64_t handling = s.submit(k[2], 2, year, before(40));
    s.instruct(handling, before(36), false);
    s.assign(handling, before(34), 1);
    s.acknowledge(handling, before(33));
    s.step(handling, before(10), "supervise", "请加快办理进度，月底前反馈办理结果。");
}

}  // namespace

void seed_conversion(storage::Db& db, int64_t committee_id, const std::string& code) {
    const std::string today = clock::today_cst();  // before the seed moves the clock
    auto tx = db.write();
    if (tx.one("SELECT id FROM conversion_reports WHERE committee_id = :c", {{"c", committee_id}})) return;
    const CommitteeSpec& spec = code == "daye" ? kDaye : kQingjian;
    Seeder s{tx,
             spec,
             person(tx, committee_id, "bangongshi"),
             person(tx, committee_id, "lingdao"),
             person(tx, committee_id, "dangzheng"),
             {},
             {},
             {},
             0,
             {}};
    // the special committees submit; the office itself does not
    for (const auto& r :
         tx.query("SELECT id FROM bodies WHERE committee_id = :c AND kind = 'special_committee' "
                  "AND abolished_on IS NULL ORDER BY id",
                  {{"c", committee_id}}))
        s.bodies.push_back(r.i("id"));
    // the demo unit login's unit first, then the others
    for (const auto& r : tx.query(
             "SELECT u.id FROM units u WHERE u.committee_id = :c ORDER BY CASE WHEN EXISTS (SELECT 1 FROM "
             "user_units uu JOIN users us ON us.id = uu.user_id WHERE uu.unit_id = u.id AND us.username = "
             "'chengban') THEN 0 ELSE 1 END, u.id",
             {{"c", committee_id}}))
        s.units.push_back(r.i("id"));
    if (s.units.empty()) return;
    seed_year(s, spec.past);
    seed_current(s, today);
    tx.commit();
}

}  // namespace zhixie::demo
