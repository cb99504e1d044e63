#include <map>
#include <set>

#include "audit/audit_log.hpp"
#include "domains/staff/internal.hpp"

namespace zhixie::staff {

namespace {

struct Row {
    int64_t number = 0;
    Record record;
    nlohmann::json values;
    std::vector<import::Problem> problems;
};

// Reads every row and finds every problem: the record's own, an unknown body, and ID card or phone numbers
// that another person already has (in the committee, or in an earlier row of the file).
std::vector<Row> read_rows(storage::Tx& tx, int64_t committee_id, const import::Roster& roster) {
    std::map<std::string, int64_t> bodies;
    for (const auto& r :
         tx.query("SELECT id, name FROM bodies WHERE committee_id = :c AND abolished_on IS NULL",
                  {{"c", committee_id}}))
        bodies[r.s("name")] = r.i("id");
    std::map<std::string, std::set<std::string>> taken;  // field → values in the committee
    for (const auto& r :
         tx.query("SELECT id_card, phone FROM staff WHERE committee_id = :c", {{"c", committee_id}}))
        for (const char* f : {"id_card", "phone"})
            if (!r.is_null(f)) taken[f].insert(r.s(f));
    std::map<std::string, std::map<std::string, int64_t>> seen;  // field → value → first row in the file
    std::vector<Row> rows;
    for (size_t k = 0; k < roster.size(); ++k) {
        Row row;
        row.number = roster.row_number(k);
        for (const auto& c : roster.columns())
            row.values[c.field] = roster.cell(k, c.field);
        Record& r = row.record;
        r = {roster.cell(k, "name"),       roster.cell(k, "gender"),
             roster.cell(k, "birth_date"), roster.cell(k, "id_card"),
             roster.cell(k, "phone"),      roster.cell(k, "rank"),
             roster.cell(k, "post"),       std::nullopt,
             roster.cell(k, "status"),     roster.cell(k, "joined_on"),
             roster.cell(k, "left_on")};
        row.problems = normalise_and_check(r);
        if (const std::string body = roster.cell(k, "body"); !body.empty()) {
            if (auto it = bodies.find(body); it != bodies.end())
                r.body_id = it->second;
            else
                row.problems.push_back({"body", "unknown_reference", {{"value", body}}});
        }
        for (const auto& [field, value] : {std::pair{"id_card", r.id_card}, std::pair{"phone", r.phone}}) {
            if (value.empty()) continue;
            if (taken[field].count(value))
                row.problems.push_back({field, "duplicate"});
            else if (auto [it, fresh] = seen[field].emplace(value, row.number); !fresh)
                row.problems.push_back({field, "duplicate_in_file", {{"first_row", it->second}}});
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

import::Roster open_roster(const Upload& u){
    import::Roster roster(import::read_table(u.bytes, u.filename, u.encoding), roster_columns());
if (roster.size() == 0) throw AppError::unprocessable("import_empty");
return roster;
}  // namespace

std::vector<import::RowProblem> all_problems(const std::vector<Row>& rows) {
    std::vector<import::RowProblem> out;
    for (const auto& r : rows)
        for (const auto& p : r.problems)
            out.push_back({r.number, p});
    return out;
}

}  // namespace zhixie::staff

nlohmann::json preview_import(storage::Db& db, const auth::Principal& me, const Upload& u, Lang lang) {
    const auto roster = open_roster(u);
    auto tx = db.read();
    const auto rows = read_rows(tx, me.committee_id, roster);
    nlohmann::json items = nlohmann::json::array();
    int64_t bad = 0;
    for (const auto& r : rows) {
        std::vector<import::RowProblem> mine;
        for (const auto& p : r.problems)
            mine.push_back({r.number, p});
        bad += mine.empty() ? 0 : 1;
        items.push_back({{"row", r.number},
                         {"values", r.values},
                         {"ok", mine.empty()},
                         {"errors", import::problems_json(roster, mine, lang)}});
    }
    nlohmann::json columns = nlohmann::json::array();
    for (const auto& c : roster.columns())
        columns.push_back({{"field", c.field}, {"header", c.header}});
    return {{"columns", columns},   {"rows", items},
            {"total", rows.size()}, {"valid", static_cast<int64_t>(rows.size()) - bad},
            {"invalid", bad},       {"errors", import::problems_json(roster, all_problems(rows), lang)}};
}

nlohmann::json import_roster(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                             const Upload& u, Lang lang) {
    const auto roster = open_roster(u);
    auto tx = db.write();
    const auto rows = read_rows(tx, me.committee_id, roster);
    const auto problems = all_problems(rows);
    if (!problems.empty()) {
        std::set<int64_t> bad_rows;
        for (const auto& p : problems)
            bad_rows.insert(p.row);
        throw AppError::unprocessable(
            "import_has_errors",
            {{"count", bad_rows.size()}, {"errors", import::problems_json(roster, problems, lang)}});
    }
    for (const auto& r : rows)
        create_staff(tx, actor, me.committee_id, r.record);
    audit::append(tx, actor, "staff.imported", "staff", "",
                  {{"after", {{"filename", u.filename}, {"rows", rows.size()}}}});
    tx.commit();
    return {{"imported", rows.size()}};
}

}  // namespace zhixie::staff
