package org.talentmatch.portal.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.talentmatch.api.model.Program;
import org.talentmatch.core.region.County;
import org.talentmatch.core.region.ShandongRegions;

/** The codes a form needs: Shandong's counties with their coordinates, and the seven programs. */
@RestController
@RequestMapping("/api")
@Tag(name = "reference")
public class ReferenceResource {

  public record ProgramCode(String code, String name) {}

  @GetMapping("/regions")
  public List<County> regions() {
    return ShandongRegions.get().counties();
  }

  @GetMapping("/programs")
  public List<ProgramCode> programs() {
    return Arrays.stream(Program.values()).map(p -> new ProgramCode(p.name(), p.chinese())).toList();
  }
}
