#include "demo/seed_consultation.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "audit/actor.hpp"
#include "auth/sessions.hpp"
#include "core/clock.hpp"
#include "demo/office_seed.hpp"
#include "domains/consultation/consultation.hpp"
#include "domains/info/info.hpp"

namespace zhixie::demo {

namespace {

namespace cs = zhixie::consultation;

struct Login {
    auth::Principal me;
    audit::Actor actor;
};

// The issues members report; {p} the place, {s} the local product, {h} the historic site, {e} the ecology
// task.
const char* kIssues[] = {
    "关于保障{p}农村饮水安全的建议",
    "关于加强城区学校周边交通安全管理的建议",
    "关于{p}老旧小区加装电梯的建议",
    "群众反映乡镇卫生院医生短缺的问题",
    "关于规范农村村民建房审批的建议",
    "关于{e}的建议",
    "关于擦亮{s}品牌、延长产业链的建议",
    "关于加强农村留守儿童关爱服务的建议",
    "关于缓解城区停车难的建议",
    "关于加强养老服务机构监管的建议",
    "群众反映部分村组垃圾清运不及时",
    "关于加快{h}保护利用的建议",
    "关于减少涉企检查、优化营商环境的建议",
    "关于加强食品小作坊监管的建议",
    "关于完善农村客运班线的建议",
    "关于加强中小学生心理健康教育的建议",
    "关于推进电动自行车集中充电设施建设的建议",
    "关于落实河湖长制、加强小微水体治理的建议",
    "群众反映城乡居民医保缴费负担较重",
    "关于支持返乡青年创业的建议",
    "关于加强农村集体“三资”管理的建议",
    "关于整治城区占道经营的建议",
    "关于提升基层应急救援能力的建议",
    "关于加强农村公路养护的建议",
};

std::string fill(std::string text, const ConsultationSeedSpec& s) {
    for (const auto& [key, value] : std::map<std::string, std::string>{
             {"{p}", s.place}, {"{s}", s.specialty}, {"{h}", s.heritage}, {"{e}", s.ecology}})
        for (auto at = text.find(key); at != std::string::npos; at = text.find(key))
            text.replace(at, key.size(), value);
    return text;
}

std::string issue_title(int k, const ConsultationSeedSpec& s) {
    constexpr int n = static_cast<int>(std::size(kIssues));
    std::string t = fill(kIssues[k % n], s);
    if (k >= n)
        t = t.rfind("关于", 0) == 0 ? "关于进一步" + t.substr(std::string("关于").size()) : "再次" + t;
    return t;
}

std::string issue_text(const std::string& title, const ConsultationSeedSpec& s) {
    return fmt::format(
        "近期，{0}部分群众和基层干部反映：{1}"
        "。经走访了解，这一问题涉及面广、群众关注度高，主要原因一是投入不足，"
        "二是部门之间衔接不够，三是基层落实力量薄弱。\n建议：一是由{0}政府牵头，明确责任部门和完成时限；二是"
        "统筹安排专项资金，优先解决群众反映最集中的问题；三是建立定期通报和群众评议机制，确保问题整改到位。",
        s.place, title);
}

class Seeder {
  public:
    Seeder(storage::Db& db, int64_t committee_id, const ConsultationSeedSpec& spec)
        : db_(db), c_(committee_id), spec_(spec) {}

    bool load() {
        office_ = login("bangongshi");
        member_ = login("weiyuan");
        unit_ = login("chengban");
        leader_ = login("lingdao");
        party_ = login("dangzheng");
        if (!office_ || !member_ || !unit_ || !leader_ || !party_) return false;
        auto tx = db_.read();
        for (const auto& r :
             tx.query("SELECT m.id, m.user_id FROM members m JOIN terms t ON t.id = m.term_id AND "
                      "t.is_current = 1 WHERE m.committee_id = :c AND m.status = '在任' ORDER BY m.id",
                      {{"c", c_}})) {
            if (r.opt_i("user_id") == member_->me.user_id) my_member_ = r.i("id");
            if (!r.opt_i("user_id")) members_.push_back(r.i("id"));
        }
        for (const auto& r :
             tx.query("SELECT id FROM units WHERE committee_id = :c ORDER BY id", {{"c", c_}}))
            units_.push_back(r.i("id"));
        for (const auto& r :
             tx.query("SELECT id FROM bodies WHERE committee_id = :c AND kind = 'special_committee' "
                      "ORDER BY sort, id",
                      {{"c", c_}}))
            bodies_.push_back(r.i("id"));
        return members_.size() >= 40 && units_.size() >= 3 && !bodies_.empty() && my_member_;
    }

    void run() {
        const std::string today = clock::today_cst();
        year_ = std::stoi(today.substr(0, 4));
        if (spec_.info_2021) info_year(2021, 45, 17);
        info_year(year_, 14, 5);
        topics();
        activities();
        supervision();
        clock::set_offset_for_tests(std::chrono::seconds(0));
    }

  private:
    std::optional<Login> login(const std::string& username) {
        auto tx = db_.read();
        auto u = tx.one("SELECT id FROM users WHERE committee_id = :c AND username = :u",
                        {{"c", c_}, {"u", username}});
        if (!u) return std::nullopt;
        auto p = auth::load_principal(tx, u->i("id"), auth::AuthSettings{});
        if (!p) return std::nullopt;
        return Login{*p, {p->user_id, p->committee_id, p->username, ""}};
    }

    // Sets the clock to 10:00 China time on the day (never later than now).
    void on(const std::string& day) {
        auto target = std::min(clock::parse_iso(day + "T02:00:00Z"), std::chrono::system_clock::now());
        clock::set_offset_for_tests(
            std::chrono::duration_cast<std::chrono::seconds>(target - std::chrono::system_clock::now()));
    }
    // A day of this year `days_ago` before today, but not before 5 January.
    std::string past(int days_ago) const {
        const std::string today = clock::today_cst();
        return std::max(day_offset(today, -days_ago), std::to_string(year_) + "-01-05");
    }
    int64_t member(int k) const { return members_[static_cast<size_t>(k) % members_.size()]; }
    int64_t unit(int k) const { return units_[static_cast<size_t>(k) % units_.size()]; }
    static int64_t id(const nlohmann::json& o) { return o["id"].get<int64_t>(); }
    static int64_t version(const nlohmann::json& o) { return o["version"].get<int64_t>(); }

    // A year of information: `count` items spread over the year; the first `adopted` go into the committee's
    // 信息专报, every third of those is adopted by the city too, some by the province and one nationally; a
    // few get a leader's instruction; two pairs are merged; some more are selected.
    void info_year(int year, int count, int adopted) {
        const bool past_year = year < year_;
        // items are submitted from 10 January until 45 days ago, so every adoption is already past
        const std::string first = std::to_string(year) + "-01-10";
        const auto days =
            (clock::parse_iso(clock::today_cst()) - clock::parse_iso(first)) / std::chrono::hours(24);
        const int span = past_year ? 320 : static_cast<int>(days) - 45;
        if (span < 30) return;
        int issue = 0;
        const std::string head = "信息专报" + std::to_string(year) + "年第";
        for (int k = 0; k < count; ++k) {
            const std::string day = day_offset(std::to_string(year) + "-01-10", k * span / count);
            on(day);
            const std::string title = issue_title(k + (past_year ? 0 : 7), spec_);
            info::Draft d{title, issue_text(title, spec_), std::nullopt};
            nlohmann::json item;
            if (!past_year && k % 4 == 1) {  // the demo member's own, from the phone
                item = info::submit_item(db_, member_->me, member_->actor, Lang::zh, d);
            } else {
                d.member_id = member(k * 7 + year);
                item = info::submit_item(db_, office_->me, office_->actor, Lang::zh, d);
            }
            const int64_t item_id = id(item);
            if (k < adopted) {
                on(day_offset(day, 3));
                item = info::edit_item(
                    db_, office_->me, office_->actor, Lang::zh, item_id, version(item),
                    {title, item["text"].get<std::string>() + "\n（编辑部按：已核实情况。）", std::nullopt});
                on(day_offset(day, 8));
                info::adopt_item(db_, office_->me, office_->actor, Lang::zh, item_id,
                                 {"committee", head + std::to_string(++issue) + "期", day_offset(day, 8), "",
                                  std::nullopt});
                const std::vector<std::pair<bool, std::string>> higher = {
                    {k % 3 == 0, "city"}, {k % 6 == 0, "province"}, {k == 0, "national"}};
                int later = 20;
                for (const auto& [yes, level] : higher)
                    if (yes) {
                        on(day_offset(day, later));
                        info::adopt_item(db_, office_->me, office_->actor, Lang::zh, item_id,
                                         {level, level == "city" ? "市政协《社情民意》" : "",
                                          day_offset(day, later), "", std::nullopt});
                        later += 5;
                    }
                if (k % 4 == 0) {
                    on(day_offset(day, later));
                    info::record_instruction(db_, office_->me, office_->actor, Lang::zh, item_id,
                                             {k % 8 == 0 ? spec_.level + "委书记" : spec_.level + "长",
                                              "local", "请相关部门认真研究，提出解决措施，限期办理并反馈。",
                                              day_offset(day, later), std::nullopt});
                }
            } else if (k < adopted + 6) {
                on(day_offset(day, 4));
                info::select_item(db_, office_->me, office_->actor, Lang::zh, item_id, version(item),
                                  "反映问题具有普遍性，建议深入调研后报送");
            }
            merge_.push_back(item_id);
        }
        // the last two pairs report the same issue: merged, both members credited
        for (size_t k = merge_.size() - 4; k + 1 < merge_.size(); k += 2)
            info::merge_items(db_, office_->me, office_->actor, Lang::zh, {merge_[k], merge_[k + 1]},
                              {"", "", std::nullopt});
        merge_.clear();
    }

    // The month the k-th topic is planned for.
    std::string planned_month(int k) const {
        static const char* months[] = {"03", "04", "05", "06", "08", "09"};
        return std::to_string(year_) + "-" + months[static_cast<size_t>(k) % std::size(months)];
    }

    // Topics for this year's plan, proposed late last year and decided in January.
    void topics() {
        struct Topic {
            const char* title;
            bool by_unit;
            int reached;  // 0 proposed … 4 decided, -1 set aside after picking
            const char* form;
        };
        const std::vector<Topic> plan = {
            {"推进{s}产业高质量发展", false, 4, "standing"},
            {"{e}", true, 4, "plenary"},
            {"加强{h}保护和文旅融合发展", false, 4, "sector"},
            {"提升县域医疗服务能力", true, 4, "counterpart"},
            {"提高重点提案办理质量", false, 4, "proposal"},
            {"破解农村养老服务难题", false, 4, "grassroots"},
            {"优化营商环境", true, -1, nullptr},
            {"加强农村留守儿童关爱", false, 2, nullptr},
            {"推进城区停车设施建设", false, 1, nullptr},
            {"发展村级集体经济", false, 0, nullptr},
        };
        const std::string last = std::to_string(year_ - 1);
        int k = 0;
        for (const auto& t : plan) {
            on(last + "-11-0" + std::to_string(1 + k % 9));
            const Login& who = t.by_unit ? *unit_ : *member_;
            auto topic = cs::propose_topic(
                db_, who.me, who.actor, Lang::zh,
                {fill(t.title, spec_), "围绕" + spec_.place + "中心工作，建议列入年度协商计划。", year_});
            const int64_t tid = id(topic);
            auto step = [&](const Login& by, const std::string& day, const std::string& transition,
                            const std::string& note, cs::TopicStep s = {}) {
                on(day);
                s.transition = transition;
                s.note = note;
                cs::take_topic_step(db_, by.me, by.actor, Lang::zh, tid, s);
            };
            if (!t.by_unit && t.reached >= 1) step(*unit_, last + "-11-20", "recommend", "本部门推荐");
            if (t.reached >= 2 || t.reached == -1) step(*leader_, last + "-12-05", "pick", "建议列入");
            if (t.reached == -1) step(*office_, last + "-12-15", "set_aside", "已列入常规工作，不再单独协商");
            if (t.reached >= 3) {
                cs::TopicStep s;
                s.form = t.form;
                const std::string month = planned_month(k);
                s.planned_month = month;
                s.lead_body_id = bodies_[static_cast<size_t>(k) % bodies_.size()];
                step(*office_, last + "-12-20", "select", "列入年度协商计划（送审稿）", s);
            }
            if (t.reached >= 4) {
                step(*party_, std::to_string(year_) + "-01-10", "decide", "同意");
                plan_.push_back({tid, t.form, planned_month(k)});
            }
            ++k;
        }
    }

    // An activity of each form (those in the plan on their topic) with members, departments, leaders,
    // speeches and an output report.
    void activities() {
        struct Form {
            const char* form;
            const char* title;
            const char* place;
            bool leaders;
        };
        const std::vector<Form> forms = {
            {"plenary", "政协全体会议大会发言暨协商", "{p}人民会堂", true},
            {"standing", "常委会议专题协商", "政协常委会议室", true},
            {"counterpart", "对口协商座谈会", "{p}卫生健康局会议室", false},
            {"sector", "界别协商活动", "政协委员活动中心", false},
            {"proposal", "重点提案办理协商会", "{p}住建局会议室", true},
            {"grassroots", "“请你来协商”基层协商议事会", "城关镇社区议事厅", false},
        };
        int k = 0;
        for (const auto& f : forms) {
            std::string day = past(200 - k * 30);
            cs::ActivityFields a;
            for (const auto& p : plan_)
                if (p.form == f.form) {  // held in its planned month, when that has come
                    a.topic_id = p.topic;
                    day = std::min(p.month + "-18", past(1));
                }
            on(day);
            a.form = f.form;
            a.title = spec_.place + "政协" + f.title;
            a.held_on = day;
            a.place = fill(f.place, spec_);
            a.summary = "围绕议题开展协商，委员与部门负责同志面对面交流，形成协商意见。";
            for (int j = 0; j < 6 + k; ++j)
                a.people.member_ids.push_back(member(k * 11 + j * 3));
            a.people.member_ids.push_back(my_member_);
            a.people.unit_ids = {unit(k), unit(k + 1)};
            if (f.leaders)
                a.people.leaders = {{"王建国", "副" + spec_.level + "长"},
                                    {"李卫民", spec_.level + "委常委"}};
            auto act = cs::create_activity(db_, office_->me, office_->actor, Lang::zh, a);
            const int64_t aid = id(act);
            for (int j = 0; j < 3; ++j) {
                cs::Entry e;
                e.kind = "speech";
                e.entry_date = day;
                e.member_id = j == 0 ? my_member_ : a.people.member_ids[static_cast<size_t>(j)];
                e.title = j == 0   ? "抓住关键环节，推动工作落地见效"
                          : j == 1 ? "补齐短板弱项的几点建议"
                                   : "完善长效机制";
                e.text = "针对当前存在的问题，建议加大投入、完善机制、压实责任，推动各项措施落地见效。";
                cs::add_entry(db_, office_->me, office_->actor, Lang::zh, "activity", aid, e);
            }
            cs::Entry report;
            report.kind = "report";
            report.category = "建言要报";
            report.entry_date = day_offset(day, 10) > clock::today_cst() ? day : day_offset(day, 10);
            report.title = "关于" + std::string(f.title) + "情况的建言要报";
            report.text = "一、基本情况\n二、存在的问题\n三、意见建议";
            on(report.entry_date);
            cs::add_entry(db_, office_->me, office_->actor, Lang::zh, "activity", aid, report);
            ++k;
        }
    }

    // A supervision item of each mode with its team, departments, visits, a letter and a follow-up.
    void supervision() {
        struct Mode {
            const char* mode;
            const char* subject;
        };
        const std::vector<Mode> modes = {
            {"stationed", "派驻{p}自然资源和规划局开展民主监督"},
            {"special", "农村人居环境整治专项监督"},
            {"joint", "会同纪委监委开展优化营商环境融合监督"},
            {"follow_up", "“城区停车难”重点提案办理跟踪监督"},
        };
        int k = 0;
        for (const auto& m : modes) {
            const std::string day = past(180 - k * 35);
            on(day);
            cs::SupervisionFields f;
            f.mode = m.mode;
            f.subject = fill(m.subject, spec_);
            f.started_on = day;
            f.description = "组织委员深入部门和基层，了解政策落实情况，听取群众意见。";
            f.findings = "部分政策宣传不到位；项目推进较慢；群众反映的个别问题整改不彻底。";
            for (int j = 0; j < 4; ++j)
                f.people.member_ids.push_back(member(k * 13 + j * 5 + 2));
            if (k == 0) f.people.member_ids.push_back(my_member_);
            f.people.unit_ids = {unit(k + 2)};
            auto item = cs::create_supervision(db_, office_->me, office_->actor, Lang::zh, f);
            const int64_t sid = id(item);
            const std::vector<std::pair<std::string, cs::Entry>> entries = {
                {day_offset(day, 7),
                 {"visit",
                  day_offset(day, 7),
                  "",
                  "",
                  "",
                  spec_.place + "城关镇",
                  "实地查看项目进展，召开座谈会",
                  {}}},
                {day_offset(day, 15),
                 {"visit", day_offset(day, 15), "", "", "", "相关村组", "入户走访群众12户", {}}},
                {day_offset(day, 25),
                 {"letter",
                  day_offset(day, 25),
                  "",
                  "",
                  "被监督单位",
                  "",
                  "民主监督建议书：建议一是……二是……三是……",
                  {}}},
                {day_offset(day, 40),
                 {"follow_up",
                  day_offset(day, 40),
                  "",
                  "",
                  "",
                  "",
                  "被监督单位已书面反馈整改情况，3项问题已整改到位",
                  {}}},
            };
            for (auto [when, e] : entries) {
                if (when > clock::today_cst()) break;
                if (e.kind == "letter") e.person = spec_.level + "有关部门";
                on(when);
                cs::add_entry(db_, office_->me, office_->actor, Lang::zh, "supervision", sid, e);
            }
            ++k;
        }
    }

    storage::Db& db_;
    int64_t c_;
    ConsultationSeedSpec spec_;
    int year_ = 0;
    std::optional<Login> office_, member_, unit_, leader_, party_;
    int64_t my_member_ = 0;
    std::vector<int64_t> members_, units_, bodies_, merge_;
    struct Planned {
        int64_t topic;
        std::string form, month;
    };
    std::vector<Planned> plan_;  // the decided topics
};

}  // namespace

void seed_consultation(storage::Db& db, int64_t committee_id, const ConsultationSeedSpec& spec) {
    {
        auto tx = db.read();
        if (tx.one("SELECT id FROM info_items WHERE committee_id = :c", {{"c", committee_id}})) return;
    }
    Seeder s(db, committee_id, spec);
    if (s.load()) s.run();
}

}  // namespace zhixie::demo
