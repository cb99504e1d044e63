#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "domains/office/assessment/assessment.hpp"

namespace zhixie::office::assessment {

nlohmann::json annual_evaluation(storage::Db& db, const auth::Principal& me, int year, int64_t sheet_id) {
    auto tx = db.read();
    auto sheet = sheet_json(tx, me.committee_id, sheet_id);
    std::map<int64_t, nlohmann::json> subjects;
    for (const auto& r :
         tx.query("SELECT a.subject_id, COALESCE(b.name, s.name) AS subject_name, a.quarter, a.total FROM "
                  "office_assessments a LEFT JOIN bodies b ON a.subject_kind = 'body' AND b.id = "
                  "a.subject_id LEFT JOIN "
                  "staff s ON a.subject_kind = 'staff' AND s.id = a.subject_id WHERE a.sheet_id = :s AND "
                  "a.quarter LIKE :y",
                  {{"s", sheet_id}, {"y", fmt::format("{}Q_", year)}})) {
        auto& o = subjects[r.i("subject_id")];
        if (o.is_null())
            o = {{"subject_id", r.i("subject_id")},
                 {"subject_name", r.s("subject_name")},
                 {"quarters", {{"Q1", nullptr}, {"Q2", nullptr}, {"Q3", nullptr}, {"Q4", nullptr}}}};
        o["quarters"][r.s("quarter").substr(4)] = r.d("total");
    }
    std::vector<nlohmann::json> rows;
    for (auto& [id, o] : subjects) {
        double sum = 0;
        int n = 0;
        for (const auto& [q, total] : o["quarters"].items())
            if (total.is_number()) {
                sum += total.get<double>();
                ++n;
            }
        o["assessed_quarters"] = n;
        o["average"] = std::round(sum / n * 10.0) / 10.0;
        rows.push_back(o);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const nlohmann::json& a, const nlohmann::json& b) {
        return a["average"].get<double>() > b["average"].get<double>();
    });
    for (size_t k = 0; k < rows.size(); ++k)
        rows[k]["rank"] = k > 0 && rows[k]["average"] == rows[k - 1]["average"] ? rows[k - 1]["rank"]
                                                                                : nlohmann::json(k + 1);
    return {{"year", year}, {"sheet", sheet}, {"items", rows}, {"total", rows.size()}};
}

}  // namespace zhixie::office::assessment
