#include "domains/consultation/consultation.hpp"
#include "services/print/document.hpp"

namespace zhixie::consultation {

std::string print_plan(storage::Db& db, const auth::Principal& me, int year) {
    auto plan = annual_plan(db, me, year);
    const std::string title = me.committee_name + std::to_string(year) + "年度协商计划";
    print::Document doc(title);
    doc.heading(title);
    if (plan["items"].empty()) {
        doc.paragraphs("本年度尚无经党委确定的协商课题。");
        return doc.html();
    }
    doc.paragraphs("根据委员征题、部门荐题、领导点题、政协选题和党委定题，确定本年度协商议题" +
                   std::to_string(plan["items"].size()) + "项，按月安排如下。");
    std::vector<std::vector<std::string>> rows;
    int n = 0;
    for (const auto& t : plan["items"]) {
        const std::string month = t["planned_month"].get<std::string>();
        rows.push_back({std::to_string(++n), t["title"].get<std::string>(), t["form_name"].get<std::string>(),
                        std::to_string(std::stoi(month.substr(5, 2))) + "月",
                        t["lead_body_name"].is_string() ? t["lead_body_name"].get<std::string>() : ""});
    }
    doc.table({"序号", "协商议题", "协商形式", "计划时间", "牵头单位"}, rows);
    doc.line(me.committee_name, "signature");
    return doc.html();
}

}  // namespace zhixie::consultation
