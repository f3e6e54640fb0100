package org.reeplanner.model;

import java.util.List;

/** Everything the model needs besides a scenario: parameters, the baseline project pipeline and the focus areas. */
public record ModelData(ParameterSet parameters, List<PipelineProject> pipeline, FocusAreaCatalog focusAreas) {

    public ModelData {
        pipeline = List.copyOf(pipeline);
    }

    public ModelData withParameters(ParameterSet replaced) {
        return new ModelData(replaced, pipeline, focusAreas);
    }
}
