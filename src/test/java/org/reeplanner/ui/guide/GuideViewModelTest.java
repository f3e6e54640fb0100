package org.reeplanner.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        List<String> texts = vm.blocks().stream().map(Object::toString).toList();
        assertThat(texts).noneMatch(t -> t.matches("(?s).*(\\.java|\\.json|src/|org\\.reeplanner|`[A-Z][a-z]+[A-Z]).*"))
                .noneMatch(t -> t.contains("not part of this repository"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quick start", "Model guide for analysts"})
    void eachPageHasItsOwnTitle(String title) {
        String resource = title.startsWith("Quick") ? GuideViewModel.QUICK_START : GuideViewModel.MODEL_GUIDE;

        assertThat(new GuideViewModel(resource).title()).isEqualTo(title);
    }
}
