package org.reeplanner.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The help pages are shipped inside the app and written for users: sections, and no code or file names. */
class GuideViewModelTest {

    @ParameterizedTest
    @ValueSource(strings = {GuideViewModel.QUICK_START, GuideViewModel.MODEL_GUIDE})
    void aHelpPageIsShippedWithSectionsAndSpeaksToUsersNotDevelopers(String resource) {
        GuideViewModel vm = new GuideViewModel(resource);

        assertThat(vm.title()).isNotBlank();
        assertThat(vm.sections()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Markdown.plainText(vm.document()))
                .doesNotContainPattern("\\.java|\\.json|src/|org\\.reeplanner")
                .doesNotContain("not part of this repository");
        assertThat(codeSpans(vm)).noneMatch(code -> code.matches("(?s)[A-Z][a-z]+[A-Z].*"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quick start", "Model guide for analysts"})
    void eachPageHasItsOwnTitle(String title) {
        String resource = title.startsWith("Quick") ? GuideViewModel.QUICK_START : GuideViewModel.MODEL_GUIDE;

        assertThat(new GuideViewModel(resource).title()).isEqualTo(title);
    }

    @ParameterizedTest
    @ValueSource(strings = {GuideViewModel.QUICK_START, GuideViewModel.MODEL_GUIDE})
    void sectionsAreTheSecondLevelHeadingsWithTheirGitHubAnchors(String resource) {
        GuideViewModel vm = new GuideViewModel(resource);

        assertThat(vm.sections()).allSatisfy(s -> assertThat(s.anchor()).matches("[\\p{L}\\p{N}_-]+")
                .isEqualTo(s.title().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "")
                        .replace(' ', '-')));
    }

    private static List<String> codeSpans(GuideViewModel vm) {
        List<String> spans = new ArrayList<>();
        vm.document().accept(new AbstractVisitor() {
            @Override
            public void visit(Code code) {
                spans.add(code.getLiteral());
            }
        });
        return spans;
    }
}
