"""The live rescheduling simulator: inputs, schedule, chart, gauges, warnings, scenarios.

``panel.SimulatorPanel`` assembles the views; each module holds one of them. The figures
come from the engine through ``services.simulation`` and are only formatted here.
"""
