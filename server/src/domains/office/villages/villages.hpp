#pragma once
// Village assistance (驻点村帮扶): the villages the committee's office is paired with, the staff stationed
// there (from the staff records, with their dates), the funds raised for each village (source, amount in fen,
// date) and the projects built with them (yellow peaches, lotus root, roads…), each with dated progress
// entries. Totals per village and per year are computed from the fund records, in whole fen.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "core/field_errors.hpp"
#include "storage/db.hpp"

namespace zhixie::office::villages {

extern const std::vector<std::string> kProjectKinds;     // industry infrastructure livelihood other
extern const std::vector<std::string> kProjectStatuses;  // planned in_progress completed suspended
const FieldLabels& labels();

struct VillageFields {
    std::string name, township, county, note;
};
// Every village with its funds raised (all time and in `year`), projects and cadres stationed now.
nlohmann::json list_villages(storage::Db& db, const auth::Principal& me, int year);
// One village with its cadres, funds, projects (each with its progress entries) and totals per year.
nlohmann::json get_village(storage::Db& db, const auth::Principal& me, int64_t id);
nlohmann::json create_village(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, const VillageFields& f);
nlohmann::json update_village(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, int64_t id, int64_t version, const VillageFields& f);

struct CadreFields {
    int64_t staff_id = 0;
    std::string role, start_date, end_date;
};
// Stations a staff member in the village; returns the village.
nlohmann::json station_cadre(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             int64_t village_id, const CadreFields& f);
// Changes a stay's role and dates — an end date ends it (the cadre then shows as former once it has passed);
// the staff member stays who they are. Returns the village. 409 stale_version.
nlohmann::json update_cadre(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            int64_t cadre_id, int64_t version, const CadreFields& f);

struct FundFields {
    std::string source;
    std::optional<int64_t> amount_fen;
    std::string received_on, note;
};
// Records funds raised for the village; returns the village with its new totals.
nlohmann::json record_fund(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           int64_t village_id, const FundFields& f);
// Corrects a fund record (source, amount, date, note); returns the village with its new totals. 409
// stale_version.
nlohmann::json update_fund(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           int64_t fund_id, int64_t version, const FundFields& f);
// Removes a fund record entered by mistake.
void delete_fund(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t fund_id);

struct ProjectFields {
    std::string name, kind, started_on, status, note;
    std::optional<int64_t> budget_fen;
};
nlohmann::json create_project(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, int64_t village_id, const ProjectFields& f);
nlohmann::json update_project(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, int64_t project_id, int64_t version, const ProjectFields& f);

struct ProgressFields {
    std::string on_date, note;
    std::optional<int64_t> percent;
};
// A dated progress entry; not before the project started or the last entry. 100% completes the project, any
// progress starts a planned one. Returns the project.
nlohmann::json record_progress(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, int64_t project_id, const ProgressFields& f);

// ---- shared by the use cases (village_record.cpp) ----
nlohmann::json village_json(storage::Tx& tx, int64_t committee_id,
                            int64_t id);  // 404 if not this committee's
nlohmann::json project_json(storage::Tx& tx, int64_t committee_id, int64_t id);  // 404 likewise
// The village's fund totals: {funds_fen, fund_records, by_year:[{year, funds_fen, records}]}.
nlohmann::json fund_totals(storage::Tx& tx, int64_t committee_id, int64_t village_id);

}  // namespace zhixie::office::villages
