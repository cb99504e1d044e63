#include "demo/seed_office.hpp"

#include <chrono>
#include <span>
#include <stdexcept>

#include <fmt/format.h>

#include "auth/catalogue.hpp"
#include "core/clock.hpp"
#include "demo/office_seed.hpp"
#include "text/pinyin.hpp"

namespace zhixie::demo {

namespace {

// Retired staff: the organisation seed keeps the serving roster; the care letters also go to those who
// retired.
struct RetiredSeed {
    const char* name;
    const char* gender;
    const char* rank;
    const char* body;  // the body they retired from (the office when it is gone)
};

// The demo logins that are office staff, named as the organisation seed names them: the office administrator,
// an office clerk, and a special committee's staff member.
struct LoginSeed {
    const char* username;
    const char* name;
};

const RetiredSeed kQingjianRetired[] = {{"杜秀兰", "女", "副科", "办公室"},
                                        {"拓永刚", "男", "正科", "经济委员会"},
                                        {"冯桂英", "女", "一级科员", "办公室"}};
const RetiredSeed kDayeRetired[] = {{"柯秀兰", "女", "正科", "办公室"},
                                    {"刘德胜", "男", "正科", "提案委员会"},
                                    {"吴桂英", "女", "一级科员", "办公室"},
                                    {"黄新民", "男", "副科", "社会和法制委员会"}};
const LoginSeed kQingjianLogins[] = {{"bangongshi", "白雪梅"}, {"ganbu", "李小燕"}, {"zhuanwei", "惠文斌"}};
const LoginSeed kDayeLogins[] = {{"bangongshi", "陈慧敏"}, {"ganbu", "黄思琪"}, {"zhuanwei", "石建军"}};

// The bodies in force, the office first, as the organisation seed made them.
void load_bodies(OfficeSeed& s) {
    for (const auto& r :
         s.tx.query("SELECT id, name FROM bodies WHERE committee_id = :c AND abolished_on IS NULL "
                    "ORDER BY CASE kind WHEN 'office' THEN 0 ELSE 1 END, sort, id",
                    {{"c", s.me.committee_id}}))
        s.bodies.emplace_back(r.s("name"), r.i("id"));
    if (s.bodies.empty())
        throw std::logic_error("the office demo needs the organisation seed's bodies first");
}

// The serving staff of the organisation seed, each demo login linked to the person it signs in as.
void load_serving(OfficeSeed& s, std::span<const LoginSeed> logins) {
    for (const auto& l : logins)
        s.tx.exec(
            "UPDATE staff SET user_id = (SELECT id FROM users WHERE committee_id = :c AND username = :u) "
            "WHERE committee_id = :c AND name = :n AND user_id IS NULL",
            {{"c", s.me.committee_id}, {"u", std::string(l.username)}, {"n", std::string(l.name)}});
    for (const auto& r :
         s.tx.query("SELECT id, name, body_id FROM staff WHERE committee_id = :c AND status = "
                    "'在职' ORDER BY id",
                    {{"c", s.me.committee_id}}))
        s.staff.push_back(
            {r.i("id"), r.s("name"), r.opt_i("body_id").value_or(s.bodies.front().second), false});
}

OfficeStaff ensure_retired(OfficeSeed& s, const RetiredSeed& p, const std::string& birth) {
    if (auto r = s.tx.one("SELECT id, body_id FROM staff WHERE committee_id = :c AND name = :n",
                          {{"c", s.me.committee_id}, {"n", std::string(p.name)}}))
        return {r->i("id"), p.name, r->opt_i("body_id").value_or(s.bodies.front().second), true};
    const int64_t body = s.body(p.body);
    auto py = text::name_pinyin(p.name);
    const std::string now = clock::now_iso();
    const int born = std::stoi(birth.substr(0, 4));
    int64_t id = s.tx.insert(
        "INSERT INTO staff (committee_id, name, name_pinyin, name_initials, gender, birth_date, rank, post, "
        "body_id, status, joined_on, left_on, created_at, updated_at) VALUES (:c, :n, :py, :ini, :g, :b, "
        ":rank, '退休', :body, '退休', :joined, :left, :now, :now) RETURNING id",
        {{"c", s.me.committee_id},
         {"n", std::string(p.name)},
         {"py", py.full},
         {"ini", py.initials},
         {"g", std::string(p.gender)},
         {"b", birth},
         {"rank", std::string(p.rank)},
         {"body", body},
         {"joined", fmt::format("{}-09-01", born + 23)},
         {"left", fmt::format("{}-{}", born + 60, birth.substr(5, 5))},
         {"now", now}});
    return {id, p.name, body, true};
}

}  // namespace

int64_t OfficeSeed::body(const std::string& name) const {
    for (const auto& [n, id] : bodies)
        if (n == name) return id;
    return bodies.front().second;
}

std::vector<const OfficeStaff*> OfficeSeed::serving(int64_t body_id) const {
    std::vector<const OfficeStaff*> out;
    for (const auto& p : staff)
        if (!p.retired && (body_id == 0 || p.body_id == body_id)) out.push_back(&p);
    return out;
}

std::string day_offset(const std::string& day, int days) {
    return clock::iso(clock::parse_iso(day) + std::chrono::hours(24 * days)).substr(0, 10);
}

void seed_office(storage::Tx& tx, int64_t committee_id, const std::string& code) {
    if (tx.one("SELECT id FROM office_rules WHERE committee_id = :c", {{"c", committee_id}})) return;
    const bool daye = code == "daye";
    auto committee = tx.one("SELECT name FROM committees WHERE id = :c", {{"c", committee_id}});
    OfficeSeed s{tx,
                 code,
                 daye ? "大冶市" : "清涧县",
                 {},
                 audit::system_actor(committee_id),
                 {},
                 {},
                 std::mt19937(daye ? 420281u : 610830u)};
    s.me.committee_id = committee_id;
    s.me.committee_name = committee->s("name");
    s.me.permissions = auth::Catalogue::get().permissions_for({"office_admin"});
    if (auto u = tx.one("SELECT id FROM users WHERE committee_id = :c AND username = 'bangongshi'",
                        {{"c", committee_id}}))
        s.me.user_id = u->i("id");

    load_bodies(s);
    load_serving(
        s, daye ? std::span<const LoginSeed>(kDayeLogins) : std::span<const LoginSeed>(kQingjianLogins));
    // The retired: the first two have their birthdays in the coming week (the care to-do list has something
    // to show whatever the day), the rest any day of the year.
    const std::string today = clock::today_cst();
    const auto retired =
        daye ? std::span<const RetiredSeed>(kDayeRetired) : std::span<const RetiredSeed>(kQingjianRetired);
    for (size_t k = 0; k < retired.size(); ++k) {
        const int year = 1955 + s.below(8);
        std::string day = fmt::format("{}-{:02d}-{:02d}", year, 1 + s.below(12), 1 + s.below(28));
        if (k < 2) {
            std::string soon = day_offset(today, k == 0 ? 3 : 6);
            if (soon.substr(5) == "02-29") soon = day_offset(soon, 1);
            day = fmt::format("{}-{}", year, soon.substr(5));
        }
        s.staff.push_back(ensure_retired(s, retired[k], day));
    }

    seed_office_rules(s);
    seed_office_publicity(s);
    seed_office_care(s);
    seed_office_tasks(s);
    seed_office_plans(s);
    seed_office_assessment(s);
    seed_office_villages(s);
}

}  // namespace zhixie::demo
