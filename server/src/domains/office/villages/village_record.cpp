#include "core/error.hpp"
#include "domains/office/common.hpp"
#include "domains/office/villages/villages.hpp"

namespace zhixie::office::villages {

const std::vector<std::string> kProjectKinds = {"industry", "infrastructure", "livelihood", "other"};
const std::vector<std::string> kProjectStatuses = {"planned", "in_progress", "completed", "suspended"};

const FieldLabels& labels() {
    static const FieldLabels l = {
        {"name", {"名称", "Name"}},
        {"township", {"乡镇", "Township"}},
        {"county", {"县（市、区）", "County"}},
        {"note", {"备注", "Note"}},
        {"staff_id", {"驻村干部", "Cadre"}},
        {"role", {"驻村职务", "Role"}},
        {"start_date", {"驻村开始日期", "Stationed from"}},
        {"end_date", {"驻村结束日期", "Stationed until"}},
        {"source", {"资金来源", "Source"}},
        {"amount_fen", {"金额", "Amount"}},
        {"received_on", {"到位日期", "Received on"}},
        {"kind", {"项目类别", "Kind"}},
        {"budget_fen", {"预算", "Budget"}},
        {"started_on", {"开工日期", "Started on"}},
        {"status", {"状态", "Status"}},
        {"on_date", {"进度日期", "Date"}},
        {"percent", {"完成进度", "Progress"}},
    };
    return l;
}

nlohmann::json fund_totals(storage::Tx& tx, int64_t committee_id, int64_t village_id) {
    nlohmann::json by_year = nlohmann::json::array();
    int64_t total = 0, records = 0;
    for (const auto& r : tx.query("SELECT SUBSTR(received_on, 1, 4) AS year, CAST(SUM(amount_fen) AS BIGINT) "
                                  "AS fen, COUNT(*) AS n FROM "
                                  "office_village_funds WHERE committee_id = :c AND village_id = :v GROUP BY "
                                  "SUBSTR(received_on, 1, "
                                  "4) ORDER BY year",
                                  {{"c", committee_id}, {"v", village_id}})) {
        by_year.push_back(
            {{"year", std::stoi(r.s("year"))}, {"funds_fen", r.i("fen")}, {"records", r.i("n")}});
        total += r.i("fen");
        records += r.i("n");
    }
    return {{"funds_fen", total}, {"fund_records", records}, {"by_year", by_year}};
}

nlohmann::json project_json(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r = tx.one(
        "SELECT id, village_id, name, kind, budget_fen, started_on, status, note, version FROM "
        "office_village_projects WHERE id = :id AND committee_id = :c",
        {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    auto out = r->json();
    nlohmann::json progress = nlohmann::json::array();
    for (const auto& p : tx.query(
             "SELECT id, on_date, percent, note FROM office_village_progress WHERE project_id = :p ORDER "
             "BY on_date, id",
             {{"p", id}}))
        progress.push_back(p.json());
    out["percent"] = progress.empty() ? 0 : progress.back()["percent"].get<int64_t>();
    out["progress"] = progress;
    return out;
}

nlohmann::json village_json(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r = tx.one(
        "SELECT id, name, township, county, note, version, created_at, updated_at FROM office_villages WHERE "
        "id = :id AND committee_id = :c",
        {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    auto out = r->json();
    storage::Params p{{"v", id}};
    out["cadres"] = items_json(tx.query(
        "SELECT vc.id, vc.staff_id, s.name AS staff_name, b.name AS body_name, vc.role, vc.start_date, "
        "vc.end_date, vc.version FROM office_village_cadres vc JOIN staff s ON s.id = vc.staff_id LEFT JOIN "
        "bodies b ON "
        "b.id = s.body_id WHERE vc.village_id = :v ORDER BY vc.start_date DESC, vc.id",
        p))["items"];
    out["funds"] =
        items_json(tx.query("SELECT id, source, amount_fen, received_on, note, version FROM "
                            "office_village_funds WHERE village_id = :v "
                            "ORDER BY received_on DESC, id DESC",
                            p))["items"];
    nlohmann::json projects = nlohmann::json::array();
    int64_t budget = 0;
    for (const auto& pr :
         tx.query("SELECT id FROM office_village_projects WHERE village_id = :v ORDER BY id", p)) {
        projects.push_back(project_json(tx, committee_id, pr.i("id")));
        budget += projects.back()["budget_fen"].get<int64_t>();
    }
    out["projects"] = projects;
    out["totals"] = fund_totals(tx, committee_id, id);
    out["totals"]["budget_fen"] = budget;
    return out;
}

}  // namespace zhixie::office::villages
