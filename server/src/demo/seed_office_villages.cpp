// Village assistance (驻点村帮扶). Daye:
// "市政协机关帮助驻点村筹集资金800余万元，发展黄桃、莲藕、杂柑等特色种植，
// 扩宽、硬化、刷黑和绿化村组公路，护砌港堤、门口塘，推进人居环境整治" — two paired villages whose fund
// records add up to ¥8,260,400.50, with those projects. Qingjian: "先后选派4名科级干部驻村开展扶贫工作" — the
// villages and cadres come from the four secondments (驻村扶贫) in the staff records, with smaller funds.
#include <array>
#include <optional>

#include <fmt/format.h>

#include "core/clock.hpp"
#include "demo/office_seed.hpp"

namespace zhixie::demo {

namespace {

struct FundSeed {
    const char* received_on;
    const char* source;
    int64_t fen;
};
struct ProjectSeed {
    const char* name;
    const char* kind;
    int64_t budget_fen;
    const char* started_on;
    std::vector<std::pair<const char*, int>> progress;  // date, percent
    const char* note = "";
};
struct VillageSeed {
    std::string name, township;
    std::vector<FundSeed> funds;
    std::vector<ProjectSeed> projects;
};

constexpr int64_t kYuan = 100;

std::vector<VillageSeed> daye_villages() {
    return {
        {"沼山村",
         "保安镇",
         {{"2019-04-18", "黄石市乡村振兴专项资金", 1'500'000 * kYuan},
          {"2019-09-10", "政协委员企业联合捐赠", 860'000 * kYuan},
          {"2020-03-20", "省级财政衔接推进乡村振兴补助资金", 1'200'000 * kYuan},
          {"2020-08-15", "市交通运输局农村公路建设资金", 980'000 * kYuan},
          {"2021-05-06", "政协委员爱心捐赠", 356'800 * kYuan + 50},
          {"2021-10-12", "市水利和湖泊局港堤护砌资金", 620'000 * kYuan}},
         {{"黄桃种植基地",
           "industry",
           1'800'000 * kYuan,
           "2019-05-10",
           {{"2019-12-20", 30}, {"2020-06-30", 70}, {"2021-04-15", 100}},
           "种植黄桃 320 亩，带动 56 户增收"},
          {"村组公路扩宽、硬化、刷黑和绿化",
           "infrastructure",
           2'200'000 * kYuan,
           "2020-09-01",
           {{"2020-12-31", 40}, {"2021-09-30", 85}}},
          {"港堤、门口塘护砌", "infrastructure", 600'000 * kYuan, "2021-10-20", {{"2021-12-25", 50}}}}},
        {"车桥村",
         "金山店镇",
         {{"2019-06-01", "市农业农村局特色产业扶持资金", 700'000 * kYuan},
          {"2020-05-18", "政协机关结对帮扶资金", 150'000 * kYuan},
          {"2020-11-02", "政协委员企业捐赠", 488'000 * kYuan},
          {"2021-03-25", "农村人居环境整治奖补资金", 560'000 * kYuan},
          {"2021-09-30", "市交通运输局村组公路硬化资金", 845'600 * kYuan}},
         {{"莲藕种植", "industry", 900'000 * kYuan, "2019-07-01", {{"2019-10-30", 60}, {"2020-07-20", 100}}},
          {"杂柑种植", "industry", 650'000 * kYuan, "2020-12-01", {{"2021-06-30", 35}, {"2021-11-30", 60}}},
          {"人居环境整治", "livelihood", 500'000 * kYuan, "2021-04-01", {{"2021-10-15", 80}}}}}};
}

// Qingjian's funds and projects by village (the villages themselves come from the secondments).
std::vector<VillageSeed> qingjian_villages() {
    return {{"郝家塔村",
             "李家塔镇",
             {{"2021-06-10", "县财政衔接资金", 200'000 * kYuan},
              {"2022-03-15", "政协机关结对帮扶资金", 50'000 * kYuan}},
             {{"红枣提质增效示范园", "industry", 180'000 * kYuan, "2021-07-01", {{"2022-06-30", 100}}}}},
            {"辛家沟村",
             "高杰村镇",
             {{"2023-05-20", "政协委员爱心捐赠", 30'000 * kYuan + 5'000}},
             {{"村级道路硬化", "infrastructure", 120'000 * kYuan, "2023-08-01", {{"2023-11-30", 60}}}}}};
}

int64_t ensure_village(OfficeSeed& s, const std::string& name, const std::string& township,
                       const std::string& now) {
    storage::Params key{{"c", s.me.committee_id}, {"n", name}, {"t", township}};
    if (auto r = s.tx.one(
            "SELECT id FROM office_villages WHERE committee_id = :c AND name = :n AND township = :t", key))
        return r->i("id");
    key.insert(key.end(), {{"county", s.place}, {"now", now}});
    return s.tx.insert(
        "INSERT INTO office_villages (committee_id, name, township, county, created_at, updated_at) VALUES "
        "(:c, "
        ":n, :t, :county, :now, :now) RETURNING id",
        key);
}

void add_cadre(OfficeSeed& s, int64_t village, int64_t staff, const std::string& role,
               const std::string& start, const std::string& end, const std::string& now) {
    s.tx.exec(
        "INSERT INTO office_village_cadres (committee_id, village_id, staff_id, role, start_date, end_date, "
        "created_at) VALUES (:c, :v, :s, :r, :a, :b, :now)",
        {{"c", s.me.committee_id},
         {"v", village},
         {"s", staff},
         {"r", role},
         {"a", start},
         {"b", end},
         {"now", now}});
}

void add_records(OfficeSeed& s, int64_t village, const VillageSeed& v, const std::string& now) {
    for (const auto& f : v.funds)
        s.tx.exec(
            "INSERT INTO office_village_funds (committee_id, village_id, source, amount_fen, received_on, "
            "created_by, created_at) VALUES (:c, :v, :s, :a, :d, :by, :now)",
            {{"c", s.me.committee_id},
             {"v", village},
             {"s", std::string(f.source)},
             {"a", f.fen},
             {"d", std::string(f.received_on)},
             {"by", s.by()},
             {"now", now}});
    for (const auto& p : v.projects) {
        const int last = p.progress.empty() ? 0 : p.progress.back().second;
        const std::string status = last == 100 ? "completed" : last > 0 ? "in_progress" : "planned";
        int64_t id = s.tx.insert(
            "INSERT INTO office_village_projects (committee_id, village_id, name, kind, budget_fen, "
            "started_on, "
            "status, note, created_at, updated_at) VALUES (:c, :v, :n, :k, :b, :d, :st, :note, :now, :now) "
            "RETURNING id",
            {{"c", s.me.committee_id},
             {"v", village},
             {"n", std::string(p.name)},
             {"k", std::string(p.kind)},
             {"b", p.budget_fen},
             {"d", std::string(p.started_on)},
             {"st", status},
             {"note", std::string(p.note)},
             {"now", now}});
        for (const auto& [day, percent] : p.progress)
            s.tx.exec(
                "INSERT INTO office_village_progress (committee_id, project_id, on_date, percent, "
                "created_by, "
                "created_at) VALUES (:c, :p, :d, :pct, :by, :now)",
                {{"c", s.me.committee_id},
                 {"p", id},
                 {"d", std::string(day)},
                 {"pct", int64_t{percent}},
                 {"by", s.by()},
                 {"now", now}});
    }
}

// "驻石咀驿镇郝家墕村工作队队员（驻村扶贫）" → {township, village, role}
std::optional<std::array<std::string, 3>> parse_secondment(const std::string& detail) {
    const std::string stay = "驻", town = "镇", village = "村", note = "（";
    if (detail.rfind(stay, 0) != 0) return std::nullopt;
    auto t = detail.find(town, stay.size());
    if (t == std::string::npos) return std::nullopt;
    auto v = detail.find(village, t + town.size());
    auto n = detail.find(note, v);
    if (v == std::string::npos || n == std::string::npos) return std::nullopt;
    return std::array<std::string, 3>{detail.substr(stay.size(), t + town.size() - stay.size()),
                                      detail.substr(t + town.size(), v + village.size() - t - town.size()),
                                      detail.substr(v + village.size(), n - v - village.size())};
}

}  // namespace

void seed_office_villages(OfficeSeed& s) {
    const std::string now = clock::now_iso();
    if (s.code == "daye") {
        // the office's cadres take turns as first secretary and work-team member
        auto office = s.serving(s.body("办公室"));
        const auto villages = daye_villages();
        for (size_t k = 0; k < villages.size(); ++k) {
            int64_t id = ensure_village(s, villages[k].name, villages[k].township, now);
            add_records(s, id, villages[k], now);
            const auto* first = office[(2 * k + 1) % office.size()];
            const auto* second = office[(2 * k + 2) % office.size()];
            add_cadre(s, id, first->id, "第一书记", "2019-03-01", "2021-02-28", now);
            add_cadre(s, id, first->id == second->id ? office.front()->id : second->id, "驻村工作队队员",
                      "2021-03-01", "", now);
        }
        return;
    }
    // Qingjian: one village per secondment to village work in the staff records
    for (const auto& r :
         s.tx.query("SELECT e.staff_id, e.on_date, e.end_date, e.detail FROM staff_events e WHERE "
                    "e.committee_id = :c AND "
                    "e.kind = 'secondment' AND e.detail LIKE '%驻村%' ORDER BY e.on_date, e.id",
                    {{"c", s.me.committee_id}})) {
        auto where = parse_secondment(r.s("detail"));
        if (!where) continue;
        const auto& [township, village, role] = *where;
        int64_t id = ensure_village(s, village, township, now);
        add_cadre(s, id, r.i("staff_id"), role, r.s("on_date"), r.s("end_date"), now);
    }
    for (const auto& v : qingjian_villages())
        add_records(s, ensure_village(s, v.name, v.township, now), v, now);
}

}  // namespace zhixie::demo
