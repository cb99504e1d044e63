// A year of meetings and activities for a demo committee, through the meetings use cases: plenary,
// standing-committee, chair and special-committee meetings, inspections, research and consultations with
// realistic attendance and leave; Qingjian's lecture series (清涧政协讲坛) with its eight guest professors;
// the epidemic donations; practical deeds; and Party life for the branches, with a few gaps this quarter.
#include <chrono>
#include <map>
#include <random>

#include <fmt/format.h>

#include "auth/sessions.hpp"
#include "core/clock.hpp"
#include "demo/office_seed.hpp"
#include "demo/seed_meetings.hpp"
#include "domains/meetings/meetings.hpp"

namespace zhixie::demo {

namespace M = meetings;

namespace {

struct Ctx {
    storage::Db& db;
    auth::Principal me;
    audit::Actor actor;
    std::string today;
    std::mt19937 rng{2026};
    int pct() { return static_cast<int>(rng() % 100); }
};

std::optional<auth::Principal> principal(storage::Db& db, int64_t committee_id, const std::string& username) {
    auto tx = db.read();
    auto u = tx.one("SELECT id FROM users WHERE committee_id = :c AND username = :u",
                    {{"c", committee_id}, {"u", username}});
    return u ? auth::load_principal(tx, u->i("id"), auth::AuthSettings{}) : std::nullopt;
}

// "YYYY-MM-DDTHH:MM" in China time, `days` from today.
std::string at(const Ctx& c, int days, int hour, int minute = 0) {
    return fmt::format("{}T{:02d}:{:02d}", day_offset(c.today, days), hour, minute);
}

M::MeetingFields fields(const std::string& kind, const std::string& title, const std::string& start,
                        const std::string& end, const std::string& place, const std::string& agenda = "") {
    M::MeetingFields f;
    f.kind = kind;
    f.title = title;
    f.starts_at = start;
    f.ends_at = end;
    f.place = place;
    f.agenda = agenda;
    return f;
}

// A meeting that has taken place: most came, some asked for leave (recorded by staff), a few were absent.
struct Held {
    int64_t id;
    std::vector<int64_t> came;  // the members who came
};
Held held(Ctx& c, const M::MeetingFields& f, const M::InviteRules& r, int leave_pct = 8, int absent_pct = 4) {
    auto m = M::create_meeting(c.db, c.me, c.actor, Lang::zh, f, r);
    std::vector<int64_t> present, leave, came;
    for (const auto& inv : m["invitees"]) {
        const int roll = c.pct();
        if (roll < leave_pct)
            leave.push_back(inv["id"].get<int64_t>());
        else if (roll >= leave_pct + absent_pct) {
            present.push_back(inv["id"].get<int64_t>());
            if (inv["member_id"].is_number()) came.push_back(inv["member_id"].get<int64_t>());
        }
    }
    const int64_t id = m["id"].get<int64_t>();
    if (!leave.empty())
        M::mark_attendance(c.db, c.me, c.actor, Lang::zh, id, leave, "leave", "因公出差，电话请假");
    if (!present.empty()) M::mark_attendance(c.db, c.me, c.actor, Lang::zh, id, present, "present");
    M::close_meeting(c.db, c.me, c.actor, id);
    return {id, came};
}

// Speeches at a meeting that was held: about `pct` in a hundred of those who came speak, on the topics given.
void speeches(Ctx& c, const Held& h, int pct, const std::vector<std::string>& topics) {
    size_t n = 0;
    for (int64_t member : h.came)
        if (c.pct() < pct)
            M::add_speech(c.db, c.me, c.actor, Lang::zh, h.id, member, "", topics[n++ % topics.size()],
                          "围绕会议议题提出意见建议，已整理存档。");
}

// Besides the committee's own meetings, each member is active where they belong: their sector (界别) meets
// for a consultation forum, a study session and an inspection or research trip; their township activity
// group (镇政协活动组) holds two 委员活动日; and every member attends the yearly training course. Small
// gatherings: those who cannot come mostly ring in for leave, few simply stay away.
void seed_grassroots(Ctx& c, const std::string& place) {
    std::vector<std::pair<int64_t, std::string>> sectors;
    std::map<std::string, std::vector<int64_t>> groups;  // township group → its members
    {
        auto tx = c.db.read();
        for (const auto& r : tx.query("SELECT id, name FROM sectors WHERE committee_id = :c ORDER BY id",
                                      {{"c", c.me.committee_id}}))
            sectors.emplace_back(r.i("id"), r.s("name"));
        for (const auto& r : tx.query("SELECT g.name, m.id FROM members m JOIN township_groups g ON g.id = "
                                      "m.township_group_id WHERE m.committee_id = :c AND m.status = '在任' "
                                      "ORDER BY g.id, m.id",
                                      {{"c", c.me.committee_id}}))
            groups[r.s("name")].push_back(r.i("id"));
    }
    const std::string hall = place + "政协机关会议室";
    M::InviteRules all;
    all.all_members = true;
    held(c,
         fields("other", "全体政协委员履职能力培训班", at(c, -230, 9), at(c, -230, 17), place + "党校",
                "一、人民政协理论专题辅导\n二、提案和社情民意信息撰写培训\n三、履职经验交流"),
         all, 8, 2);
    static const std::vector<std::string> kTopics = {
        "关于加强基层医疗服务能力的建议", "关于发展特色农业的建议", "关于改善农村人居环境的建议",
        "关于促进青年就业创业的建议", "关于加强养老服务体系建设的建议"};
    int n = 0;
    for (const auto& [sector, name] : sectors) {
        M::InviteRules r;
        r.sector_ids = {sector};
        const int day = -300 + (n * 11) % 170;  // the last trip well before today
        auto forum = fields("consultation", name + "界别协商座谈会", at(c, day, 9), at(c, day, 12), hall);
        speeches(c, held(c, forum, r, 8, 2), 45, kTopics);
        held(c, fields("other", name + "界别委员学习座谈", at(c, day + 60, 15), at(c, day + 60, 17), hall), r,
             8, 2);
        held(c,
             fields(n % 2 ? "research" : "inspection", name + (n % 2 ? "界别专题调研" : "界别委员视察活动"),
                    at(c, day + 120, 9), at(c, day + 120, 16), place),
             r, 10, 2);
        ++n;
    }
    for (const auto& [group, members] : groups) {
        M::InviteRules r;
        r.member_ids = members;
        for (int k = 0; k < 2; ++k) {
            const int day = -240 + k * 120 + n++ % 30;
            held(c,
                 fields(k ? "research" : "inspection",
                        fmt::format("{}委员活动日（{}）", group, k ? "下半年" : "上半年"), at(c, day, 9),
                        at(c, day, 16), group.substr(0, group.find("政协活动组"))),
                 r, 10, 2);
        }
    }
}

const char* kMonths[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

struct Lecture {
    const char *name, *title, *organisation, *topic;
};
const Lecture kLectures[] = {
    {"张国华", "教授", "西北大学城市与环境学院", "黄土高原水土保持与生态治理"},
    {"李文博", "教授", "陕西师范大学历史文化学院", "陕北红色文化的传承与弘扬"},
    {"王建平", "研究员", "中国科学院水土保持研究所", "淤地坝建设与小流域综合治理"},
    {"赵秀兰", "教授", "西北农林科技大学园艺学院", "红枣产业提质增效的路径"},
    {"刘志强", "教授", "延安大学文学院", "路遥文学与陕北精神"},
    {"陈明", "教授", "西安交通大学经济与金融学院", "县域经济高质量发展"},
    {"杨丽", "教授", "中共陕西省委党校", "人民政协协商民主的理论与实践"},
    {"孙海峰", "教授", "榆林学院", "乡村振兴与特色农业发展"},
};

void seed_year(Ctx& c, storage::Db& db, const std::string& code, const std::string& place) {
    const int64_t committee = c.me.committee_id;
    std::vector<int64_t> bodies, sectors, chairs;
    std::optional<int64_t> demo_member;
    {
        auto tx = db.read();
        for (const auto& r : tx.query("SELECT id FROM bodies WHERE committee_id = :c AND name LIKE '%委员会' "
                                      "ORDER BY sort, id",
                                      {{"c", committee}}))
            bodies.push_back(r.i("id"));
        for (const auto& r :
             tx.query("SELECT id FROM sectors WHERE committee_id = :c ORDER BY id", {{"c", committee}}))
            sectors.push_back(r.i("id"));
        for (const auto& r :
             tx.query("SELECT id FROM members WHERE committee_id = :c AND cppcc_post IN ('主席', "
                      "'副主席') ORDER BY id",
                      {{"c", committee}}))
            chairs.push_back(r.i("id"));
        if (auto r = tx.one(
                "SELECT m.id FROM members m JOIN users u ON u.id = m.user_id WHERE m.committee_id = :c "
                "AND u.username = 'weiyuan'",
                {{"c", committee}}))
            demo_member = r->i("id");
    }
    const std::string hall = place + "政协机关会议室";
    M::InviteRules all, standing, chair;
    all.all_members = true;
    standing.standing = true;
    chair.member_ids = chairs;
    // the plenary session (全体会议) some ten months back; a third of those who came spoke in the group
    // discussions
    const auto plenary = fields("plenary", fmt::format("政协{}第十届委员会第{}次会议", place, "四"),
                                at(c, -320, 9), at(c, -317, 12), place + "人民会堂",
                                "一、听取和审议常务委员会工作报告\n二、听取和审议提案工作情况报告\n三、列席"
                                "政府工作报告会议\n四、通过决议");
    speeches(c, held(c, plenary, all, 6, 3), 35,
             {"小组讨论发言：对常委会工作报告的意见", "小组讨论发言：对政府工作报告的建议",
              "小组讨论发言：关于提案办理质量的意见"});
    // the standing committee every quarter, the chair meeting every other month
    for (int q = 0; q < 4; ++q)
        held(c,
             fields("standing", fmt::format("政协{}第十届常务委员会第{}次会议", place, 12 + q),
                    at(c, -300 + q * 90, 9), at(c, -300 + q * 90, 17), hall,
                    "一、学习传达上级会议精神\n二、专题协商\n三、审议人事事项"),
             standing, 10, 3);
    for (int k = 0; k < 6; ++k)
        held(c,
             fields("chair", fmt::format("第{}次主席会议", 30 + k), at(c, -330 + k * 55, 15),
                    at(c, -330 + k * 55, 17), hall),
             chair, 5, 0);
    // each special committee meets twice; inspections, research and consultations through the year
    for (size_t b = 0; b < bodies.size(); ++b)
        for (int k = 0; k < 2; ++k) {
            M::InviteRules r;
            r.body_ids = {bodies[b]};
            auto f = fields("special", fmt::format("专委会{}年度第{}次全体会议", b + 1, k + 1),
                            at(c, -280 + static_cast<int>(b) * 17 + k * 150, 14),
                            at(c, -280 + static_cast<int>(b) * 17 + k * 150, 17), hall);
            f.body_id = bodies[b];
            held(c, f, r);
        }
    static const std::pair<const char*, const char*> kActivities[] = {
        {"inspection", "视察全{}高标准农田建设情况"},     {"research", "关于{}民营经济发展的专题调研"},
        {"consultation", "{}城乡教育均衡发展专题协商会"}, {"inspection", "视察{}城区老旧小区改造"},
        {"research", "{}文化旅游产业发展调研"},           {"consultation", "{}营商环境优化对口协商"},
    };
    int k = 0;
    for (const auto& [kind, title] : kActivities) {
        M::InviteRules r;
        r.sector_ids = {sectors[static_cast<size_t>(k) % sectors.size()]};
        r.standing = k % 2 == 0;
        const int day = -250 + k * 40;
        held(c, fields(kind, fmt::format(fmt::runtime(title), place), at(c, day, 9), at(c, day, 16), place),
             r, 10, 5);
        ++k;
    }
    // the demo member asked for leave from this one before it began; staff approved
    if (demo_member) {
        M::InviteRules r;
        r.standing = true;
        r.member_ids = {*demo_member};
        auto m = M::create_meeting(
            c.db, c.me, c.actor, Lang::zh,
            fields("consultation", place + "生态环境保护专题协商会", at(c, -20, 9), at(c, -20, 12), hall), r);
        const int64_t id = m["id"].get<int64_t>();
        if (auto self = principal(db, committee, "weiyuan")) {
            clock::set_offset_for_tests(std::chrono::hours(-24 * 22));
            M::request_leave(c.db, *self, {self->user_id, committee, self->username, ""}, Lang::zh, id,
                             "在外地参加行业培训，无法出席");
            clock::set_offset_for_tests(std::chrono::seconds(0));
            auto mine = M::my_meeting(c.db, *self, id);
            M::decide_leave(c.db, c.me, c.actor, id, mine["my"]["invitee_id"].get<int64_t>(), true, "同意");
        }
        std::vector<int64_t> present;
        for (const auto& inv : m["invitees"])
            if (inv["member_id"] != *demo_member) present.push_back(inv["id"].get<int64_t>());
        if (!present.empty()) M::mark_attendance(c.db, c.me, c.actor, Lang::zh, id, present, "present");
        M::close_meeting(c.db, c.me, c.actor, id);
        // and two coming up, where the demo member is invited
        M::InviteRules soon = r;
        M::create_meeting(
            c.db, c.me, c.actor, Lang::zh,
            fields("standing", fmt::format("政协{}第十届常务委员会第16次会议", place), at(c, 9, 9),
                   at(c, 9, 17), hall, "一、审议年度工作报告\n二、审议下一年度协商计划"),
            soon);
        M::create_meeting(c.db, c.me, c.actor, Lang::zh,
                          fields("inspection", "视察" + place + "冬季供暖保障工作", at(c, 16, 9),
                                 at(c, 16, 12), place + "热力公司"),
                          soon);
    }
    if (code != "qingjian") return;
    // 清涧政协讲坛: eight guest professors through the year
    for (size_t n = 0; n < std::size(kLectures); ++n) {
        const auto& l = kLectures[n];
        const int day = -300 + static_cast<int>(n) * 38;
        auto f = fields("lecture", fmt::format("清涧政协讲坛第{}讲：{}", n + 1, l.topic), at(c, day, 15),
                        at(c, day, 17, 30), "清涧县政协机关学术报告厅");
        f.topic = l.topic;
        f.lecturers =
            nlohmann::json::array({{{"name", l.name}, {"title", l.title}, {"organisation", l.organisation}}});
        M::InviteRules r;
        r.standing = true;
        r.sector_ids = {sectors[n % sectors.size()]};
        held(c, f, r, 6, 6);
    }
}

// 三会一课, 主题党日 and 廉政谈话 for every branch and cell over the past six months; this quarter the
// branch has not yet held its Party class or this month's Party day.
void seed_party_life(Ctx& c, storage::Db& db) {
    storage::Rows orgs;
    {
        auto tx = db.read();
        orgs = tx.query(
            "SELECT id, name, kind FROM party_orgs WHERE committee_id = :c AND kind IN ('branch', "
            "'cell') ORDER BY id",
            {{"c", c.me.committee_id}});
    }
    const std::string this_month = c.today.substr(0, 7);
    const int this_q = (std::stoi(c.today.substr(5, 2)) + 2) / 3;
    for (int back = 5; back >= 0; --back) {
        // the first of the month `back` months ago
        int y = std::stoi(c.today.substr(0, 4)), mo = std::stoi(c.today.substr(5, 2)) - back;
        while (mo < 1) {
            mo += 12;
            --y;
        }
        const std::string month = fmt::format("{}-{:02d}", y, mo);
        const bool current_quarter = month.substr(0, 4) == c.today.substr(0, 4) && (mo + 2) / 3 == this_q;
        auto when = [&](int day, int hour) { return fmt::format("{}-{:02d}T{:02d}:00", month, day, hour); };
        auto past = [&](int day) { return fmt::format("{}-{:02d}", month, day) < c.today; };
        for (const auto& o : orgs) {
            auto f = fields("three_one", "", "", "", "机关党员活动室");
            f.party_org_id = o.i("id");
            M::InviteRules r;
            r.party_org = true;
            auto hold = [&](const std::string& kind, const std::string& party_kind, const std::string& title,
                            int day, int hour) {
                if (!past(day)) return;
                f.kind = kind;
                f.party_kind = party_kind;
                f.title = title;
                f.starts_at = when(day, hour);
                f.ends_at = when(day, hour + 2);
                held(c, f, r, 8, 0);
            };
            const std::string name = o.s("name");
            const std::string cn_month = kMonths[mo - 1];
            if (o.s("kind") == "cell") {
                hold("three_one", "group", fmt::format("{}{}月党小组会", name, cn_month), 8, 15);
                continue;
            }
            hold("three_one", "branch_committee", fmt::format("{}{}月支部委员会", name, cn_month), 5, 15);
            if (!(current_quarter && month == this_month))
                hold("party_day", "", fmt::format("{}{}月主题党日活动", name, cn_month), 15, 9);
            const int in_quarter = (mo - 1) % 3;  // 0, 1, 2
            if (in_quarter == 1)
                hold("three_one", "branch_general", fmt::format("{}季度党员大会", name), 20, 15);
            if (in_quarter == 0 && !current_quarter)
                hold("three_one", "party_class", fmt::format("{}专题党课", name), 25, 15);
            if (in_quarter == 2) hold("integrity_talk", "", fmt::format("{}季度廉政谈话", name), 10, 10);
        }
    }
}

// The epidemic donations (Qingjian: more than ¥20,000 in cash and goods worth ¥150,000) and a few deeds.
void seed_giving(Ctx& c, storage::Db& db, const std::string& code, const std::string& place) {
    std::vector<int64_t> members;
    {
        auto tx = db.read();
        for (const auto& r : tx.query("SELECT id FROM members WHERE committee_id = :c ORDER BY id LIMIT 40",
                                      {{"c", c.me.committee_id}}))
            members.push_back(r.i("id"));
    }
    const int year = std::stoi(clock::iso(clock::now() - std::chrono::hours(24 * 300)).substr(0, 4));
    const bool qj = code == "qingjian";
    auto campaign = M::create_campaign(c.db, c.me, c.actor, Lang::zh,
                                       qj ? "众志成城 抗击疫情——委员捐款捐物" : "防汛救灾委员爱心捐赠",
                                       qj ? "疫情防控期间，全县政协委员踊跃捐款捐物，支援一线防控。"
                                          : "汛期受灾群众救助，委员自愿捐款捐物。",
                                       fmt::format("{}-02-03", year));
    const int64_t id = campaign["id"].get<int64_t>();
    // cash: 14 members, 1,000–2,600 yuan each (qingjian: 20,800.50 in all)
    static const char* kCash[] = {"1000", "1500", "2000", "1200", "1800", "1000", "2600",
                                  "1500", "1000", "2000", "1200", "1500", "1000", "1500.50"};
    static const std::pair<const char*, const char*> kGoods[] = {
        {"50000", "医用外科口罩 20000 只"},
        {"30000", "84 消毒液 3000 箱"},
        {"28000", "方便面、矿泉水等生活物资"},
        {"20000", "红外测温仪 100 台"},
        {"12000", "防护服 300 套"},
        {"10000", "蔬菜、红枣等慰问品"},
    };
    for (size_t k = 0; k < std::size(kCash) && k < members.size(); ++k)
        M::add_donation(
            c.db, c.me, c.actor, Lang::zh, id,
            {members[k], qj ? kCash[k] : "500", "", "", fmt::format("{}-02-{:02d}", year, 4 + k % 10)});
    for (size_t k = 0; k < std::size(kGoods) && 20 + k < members.size(); ++k) {
        if (!qj && k >= 2) break;
        M::add_donation(c.db, c.me, c.actor, Lang::zh, id,
                        {members[20 + k], "", qj ? kGoods[k].first : "3000", kGoods[k].second,
                         fmt::format("{}-02-{:02d}", year, 6 + k)});
    }
    // 办实事: recorded with a photo as evidence; most confirmed, one waiting
    static const char* kDeeds[] = {"为{}敬老院修缮取暖设施", "协调解决{}农村饮水安全问题",
                                   "为{}留守儿童捐赠学习用品", "帮助{}农户销售滞销农产品"};
    // a 1×1 PNG
    static const unsigned char kPng[] = {
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00,
        0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00,
        0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01,
        0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};
    const std::string png(reinterpret_cast<const char*>(kPng), sizeof kPng);
    for (size_t k = 0; k < std::size(kDeeds) && 30 + k < members.size(); ++k) {
        auto d = M::create_deed(c.db, c.me, c.actor, Lang::zh, members[30 + k],
                                fmt::format(fmt::runtime(kDeeds[k]), place),
                                "委员主动联系有关部门，协调资金和物资，事项已办结。",
                                day_offset(c.today, -200 + static_cast<int>(k) * 45));
        const int64_t deed = d["id"].get<int64_t>();
        M::add_attachment(c.db, c.me, c.actor, "deed", deed, "现场照片.png", png);
        if (k + 1 < std::size(kDeeds)) M::decide_deed(c.db, c.me, c.actor, deed, true);
    }
}

}  // namespace

void seed_meetings(storage::Db& db, int64_t committee_id, const std::string& code, const std::string& place) {
    {
        auto tx = db.read();
        if (tx.one("SELECT id FROM meetings WHERE committee_id = :c", {{"c", committee_id}})) return;
    }
    auto me = principal(db, committee_id, "bangongshi");
    if (!me) return;
    Ctx c{db, *me, {me->user_id, committee_id, me->username, ""}, clock::today_cst()};
    seed_year(c, db, code, place);
    seed_grassroots(c, place);
    seed_party_life(c, db);
    seed_giving(c, db, code, place);
}

}  // namespace zhixie::demo
