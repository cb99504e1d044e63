#include "demo/seed_office.hpp"

#include <chrono>

#include <fmt/format.h>

#include "auth/catalogue.hpp"
#include "core/clock.hpp"
#include "demo/office_seed.hpp"
#include "text/pinyin.hpp"

namespace zhixie::demo {

namespace {

struct BodySeed {
    const char* name;
    const char* kind;
};

struct StaffSeed {
    const char* name;
    const char* gender;
    const char* rank;
    const char* post;
    int body;              // index into the committee's bodies
    const char* username;  // the demo login this person signs in with, if any
};

// Qingjian: "一室五委" with 12 posts (the report: 学习和文史、环境资源 added to 一室三委).
const BodySeed kQingjianBodies[] = {{"办公室", "office"},
                                    {"提案委员会", "special_committee"},
                                    {"经济科技委员会", "special_committee"},
                                    {"社会法制民族宗教委员会", "special_committee"},
                                    {"学习和文史委员会", "special_committee"},
                                    {"环境资源委员会", "special_committee"}};
const StaffSeed kQingjianStaff[] = {
    {"白雪梅", "女", "正科级", "办公室主任", 0, "bangongshi"},
    {"惠强", "男", "副科级", "办公室副主任", 0, nullptr},
    {"李治亮", "男", "科员", "科员", 0, nullptr},
    {"李小燕", "女", "科员", "科员", 0, "ganbu"},
    {"折丽", "女", "科员", "科员", 0, nullptr},
    {"王俊峰", "男", "办事员", "办事员", 0, nullptr},
    {"高振华", "男", "正科级", "主任", 1, "zhuanwei"},
    {"马文斌", "男", "科员", "科员", 1, nullptr},
    {"刘建国", "男", "正科级", "主任", 2, nullptr},
    {"张晓东", "男", "正科级", "主任", 3, nullptr},
    {"霍文静", "女", "正科级", "主任", 4, nullptr},
    {"贺海波", "男", "正科级", "主任", 5, nullptr},
};
const StaffSeed kQingjianRetired[] = {{"杜秀兰", "女", "副科级", "退休", 0, nullptr},
                                      {"拓永刚", "男", "正科级", "退休", 2, nullptr},
                                      {"冯桂英", "女", "科员", "退休", 0, nullptr}};

// Daye: the office, five committees staffed "1正3副" (农业农村委 added) and the information centre.
const BodySeed kDayeBodies[] = {{"办公室", "office"},
                                {"提案委员会", "special_committee"},
                                {"经济委员会", "special_committee"},
                                {"教科文卫体委员会", "special_committee"},
                                {"社会和法制委员会", "special_committee"},
                                {"农业农村委员会", "special_committee"},
                                {"信息中心", "centre"}};
const StaffSeed kDayeStaff[] = {
    {"陈慧敏", "女", "正科级", "办公室主任", 0, "bangongshi"},
    {"柯建华", "男", "副科级", "办公室副主任", 0, nullptr},
    {"石艳", "女", "科员", "科员", 0, nullptr},
    {"吴晓峰", "男", "科员", "科员", 0, "ganbu"},
    {"黄丽", "女", "科员", "科员", 0, nullptr},
    {"石磊", "男", "正科级", "主任", 1, "zhuanwei"},
    {"程志强", "男", "副科级", "副主任", 1, nullptr},
    {"曹红霞", "女", "副科级", "副主任", 1, nullptr},
    {"余卫东", "男", "副科级", "副主任", 1, nullptr},
    {"刘永刚", "男", "正科级", "主任", 2, nullptr},
    {"汪海燕", "女", "副科级", "副主任", 2, nullptr},
    {"明德华", "男", "副科级", "副主任", 2, nullptr},
    {"费立新", "男", "副科级", "副主任", 2, nullptr},
    {"柯美玲", "女", "正科级", "主任", 3, nullptr},
    {"陈文斌", "男", "副科级", "副主任", 3, nullptr},
    {"刘春梅", "女", "副科级", "副主任", 3, nullptr},
    {"熊正阳", "男", "副科级", "副主任", 3, nullptr},
    {"袁宏伟", "男", "正科级", "主任", 4, nullptr},
    {"朱婷婷", "女", "副科级", "副主任", 4, nullptr},
    {"胡国庆", "男", "副科级", "副主任", 4, nullptr},
    {"徐俊峰", "男", "副科级", "副主任", 4, nullptr},
    {"冯建华", "男", "正科级", "主任", 5, nullptr},
    {"肖晓燕", "女", "副科级", "副主任", 5, nullptr},
    {"周海波", "男", "副科级", "副主任", 5, nullptr},
    {"邹振华", "男", "副科级", "副主任", 5, nullptr},
    {"罗文静", "女", "科员", "信息中心主任", 6, nullptr},
    {"程杰", "男", "科员", "科员", 6, nullptr},
};
const StaffSeed kDayeRetired[] = {{"柯秀兰", "女", "正科级", "退休", 0, nullptr},
                                  {"刘德胜", "男", "正科级", "退休", 1, nullptr},
                                  {"吴桂英", "女", "科员", "退休", 0, nullptr},
                                  {"黄新民", "男", "副科级", "退休", 3, nullptr}};

int64_t ensure_body(storage::Tx& tx, int64_t committee_id, const BodySeed& b, int sort) {
    if (auto r = tx.one("SELECT id FROM bodies WHERE committee_id = :c AND name = :n",
                        {{"c", committee_id}, {"n", std::string(b.name)}}))
        return r->i("id");
    const std::string now = clock::now_iso();
    return tx.insert(
        "INSERT INTO bodies (committee_id, name, kind, sort, created_at, updated_at) VALUES (:c, :n, :k, :s, "
        ":now, "
        ":now) RETURNING id",
        {{"c", committee_id},
         {"n", std::string(b.name)},
         {"k", std::string(b.kind)},
         {"s", int64_t{sort}},
         {"now", now}});
}

OfficeStaff ensure_staff(OfficeSeed& s, const StaffSeed& p, bool retired, const std::string& birth) {
    const int64_t body = s.bodies[static_cast<size_t>(p.body)].second;
    storage::Value user;
    if (p.username)
        if (auto u = s.tx.one("SELECT id FROM users WHERE committee_id = :c AND username = :u",
                              {{"c", s.me.committee_id}, {"u", std::string(p.username)}}))
            user = u->i("id");
    if (auto r = s.tx.one("SELECT id, body_id, status FROM staff WHERE committee_id = :c AND name = :n",
                          {{"c", s.me.committee_id}, {"n", std::string(p.name)}})) {
        if (p.username)  // the demo login signs in as this person
            s.tx.exec("UPDATE staff SET user_id = :u WHERE id = :id AND user_id IS NULL",
                      {{"u", user}, {"id", r->i("id")}});
        return {r->i("id"), p.name, r->opt_i("body_id").value_or(body), r->s("status") == "退休"};
    }
    auto py = text::name_pinyin(p.name);
    const std::string now = clock::now_iso();
    int64_t id = s.tx.insert(
        "INSERT INTO staff (committee_id, name, name_pinyin, name_initials, gender, birth_date, rank, post, "
        "body_id, "
        "status, joined_on, left_on, user_id, created_at, updated_at) VALUES (:c, :n, :py, :ini, :g, :b, "
        ":rank, :post, "
        ":body, :status, :joined, :left, :u, :now, :now) RETURNING id",
        {{"c", s.me.committee_id},
         {"n", std::string(p.name)},
         {"py", py.full},
         {"ini", py.initials},
         {"g", std::string(p.gender)},
         {"b", birth},
         {"rank", std::string(p.rank)},
         {"post", std::string(p.post)},
         {"body", body},
         {"status", std::string(retired ? "退休" : "在职")},
         {"joined", fmt::format("{}-09-01", std::stoi(birth.substr(0, 4)) + 23)},
         {"left",
          retired ? fmt::format("{}-{}", std::stoi(birth.substr(0, 4)) + 60, birth.substr(5, 5)) : ""},
         {"u", user},
         {"now", now}});
    return {id, p.name, body, retired};
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

    int sort = 0;
    for (const auto& b : daye ? std::vector<BodySeed>(std::begin(kDayeBodies), std::end(kDayeBodies))
                              : std::vector<BodySeed>(std::begin(kQingjianBodies), std::end(kQingjianBodies)))
        s.bodies.emplace_back(b.name, ensure_body(tx, committee_id, b, sort++));
    // birthdays: two people's fall in the coming week (the care to-do list has something to show), the rest
    // spread over the year
    const std::string today = clock::today_cst();
    auto birth = [&](size_t k, bool retired) {
        int year = retired ? 1955 + s.below(8) : 1968 + s.below(27);
        if (!retired && (k == 2 || k == 4)) {
            std::string soon = day_offset(today, k == 2 ? 3 : 6);
            if (soon.substr(5) == "02-29") soon = day_offset(soon, 1);
            return fmt::format("{}-{}", year, soon.substr(5));
        }
        return fmt::format("{}-{:02d}-{:02d}", year, 1 + s.below(12), 1 + s.below(28));
    };
    const auto& serving = daye ? std::vector<StaffSeed>(std::begin(kDayeStaff), std::end(kDayeStaff))
                               : std::vector<StaffSeed>(std::begin(kQingjianStaff), std::end(kQingjianStaff));
    const auto& retired =
        daye ? std::vector<StaffSeed>(std::begin(kDayeRetired), std::end(kDayeRetired))
             : std::vector<StaffSeed>(std::begin(kQingjianRetired), std::end(kQingjianRetired));
    for (size_t k = 0; k < serving.size(); ++k)
        s.staff.push_back(ensure_staff(s, serving[k], false, birth(k, false)));
    for (size_t k = 0; k < retired.size(); ++k)
        s.staff.push_back(ensure_staff(s, retired[k], true, birth(k, true)));

    seed_office_rules(s);
    seed_office_publicity(s);
    seed_office_care(s);
    seed_office_tasks(s);
    seed_office_plans(s);
    seed_office_assessment(s);
}

}  // namespace zhixie::demo
