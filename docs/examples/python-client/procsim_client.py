#!/usr/bin/env python3
"""A client of ProcurementSim's orchestrator written from protos/ alone (no ProcurementSim code): it validates a
scenario, starts a run, watches every tick from the first, fetches the run's files in chunks and lists runs a page at
a time.

Needs Debian's python3-grpcio, python3-protobuf, protobuf-compiler and protobuf-compiler-grpc (nothing from a Python
registry); the Python code of the protos is generated into a temporary folder at start with protoc and Debian's
grpc_python_plugin (python3-grpc-tools is too old for proto3 `optional`).

    python3 procsim_client.py ORCHESTRATOR SCENARIO.yaml OUT_DIR [--strategy NAME] [--report]

ORCHESTRATOR is the gRPC address, e.g. 127.0.0.1:5100; PROCSIM_API_KEY, when set, is sent as x-api-key. Prints one
line per tick, writes result.json and timeline.csv (and report.html with --report) into OUT_DIR, exits 0 when the run
completed, 1 when it failed or was cancelled, 2 when the scenario is invalid (its problems printed as
FILE:LINE:COLUMN: MESSAGE, from the typed ScenarioProblems detail).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

PROTOS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "protos")


def generate(into):
    plugin = shutil.which("grpc_python_plugin")
    if plugin is None or shutil.which("protoc") is None:
        sys.exit("procsim_client: protoc and grpc_python_plugin are needed: apt-get install -y protobuf-compiler protobuf-compiler-grpc")
    protos = sorted(f for f in os.listdir(PROTOS) if f.endswith(".proto"))
    subprocess.run(["protoc", "-I", PROTOS, "--python_out=" + into, "--grpc_out=" + into,
                    "--plugin=protoc-gen-grpc=" + plugin] + protos, check=True)
    sys.path.insert(0, into)


def main():
    parser = argparse.ArgumentParser(description="Start, watch and fetch a ProcurementSim run over gRPC.")
    parser.add_argument("orchestrator")
    parser.add_argument("scenario")
    parser.add_argument("out_dir")
    parser.add_argument("--strategy", default="")
    parser.add_argument("--report", action="store_true", help="also fetch report.html")
    args = parser.parse_args()

    generate(tempfile.mkdtemp(prefix="procsim-protos-"))
    import grpc
    import orchestrator_pb2 as pb
    import orchestrator_pb2_grpc as rpc

    metadata = [("x-api-key", os.environ["PROCSIM_API_KEY"])] if os.environ.get("PROCSIM_API_KEY") else []
    with open(args.scenario, encoding="utf-8") as f:
        yaml = f.read()
    name = os.path.basename(args.scenario)
    with grpc.insecure_channel(args.orchestrator) as channel:
        api = rpc.OrchestratorStub(channel)
        try:
            started = api.StartRun(pb.StartRunRequest(scenario_yaml=yaml, scenario_file=name, strategy=args.strategy),
                                   metadata=metadata, timeout=30)
        except grpc.RpcError as e:
            print(f"procsim_client: {e.code().name}: {e.details()}", file=sys.stderr)
            for d in scenario_problems(e, pb):
                print(f"{d.file}:{d.line}:{d.column}: {d.message}", file=sys.stderr)
            return 2 if e.code() == grpc.StatusCode.INVALID_ARGUMENT else 1
        print(f"run {started.run_id}: strategy {started.strategy}, seed {started.seed}, {started.ticks} ticks")

        last = None
        for snapshot in api.WatchRun(pb.WatchRunRequest(run_id=started.run_id, from_tick=0), metadata=metadata, timeout=600):
            last = snapshot
            print(f"tick {snapshot.tick}: {pb.RunState.Name(snapshot.state)} capability {snapshot.mission_capability:.4f}"
                  f" cost {snapshot.cumulative_cost:.0f}")
        if last is None or last.state != pb.RUN_STATE_COMPLETED:
            print(f"procsim_client: the run ended {pb.RunState.Name(last.state) if last else 'without a snapshot'}: {last.error if last else ''}",
                  file=sys.stderr)
            return 1

        os.makedirs(args.out_dir, exist_ok=True)
        files = {}
        for chunk in api.StreamResult(pb.GetResultRequest(run_id=started.run_id, include_report=args.report), metadata=metadata, timeout=120):
            data = files.setdefault(chunk.file, bytearray())
            if chunk.offset != len(data):
                sys.exit(f"procsim_client: chunk of {chunk.file} at {chunk.offset}, expected {len(data)}")
            data.extend(chunk.data)
        for file, data in files.items():
            with open(os.path.join(args.out_dir, file), "wb") as f:
                f.write(data)
            print(f"wrote {file} ({len(data)} bytes)")

        listed, token = [], ""
        while True:
            page = api.ListRuns(pb.ListRunsRequest(page_size=50, page_token=token), metadata=metadata, timeout=30)
            listed += [r.run_id for r in page.runs]
            token = page.next_page_token
            if not token:
                break
        print(f"ListRuns: {len(listed)} runs, this one {'listed' if started.run_id in listed else 'MISSING'}")
        return 0 if started.run_id in listed else 1


def scenario_problems(error, pb):
    """The ScenarioProblems detail of a refusal: google.rpc.Status in the grpc-status-details-bin trailer."""
    for key, value in error.trailing_metadata() or []:
        if key == "grpc-status-details-bin":
            status = decode_status(value)
            for any_detail in status:
                if any_detail.type_url.endswith("/procurementsim.v1.ScenarioProblems"):
                    problems = pb.ScenarioProblems()
                    problems.ParseFromString(any_detail.value)
                    return list(problems.diagnostics)
    return []


def decode_status(raw):
    """The details (google.protobuf.Any) of a google.rpc.Status, read with protobuf's wire format (field 3): Debian's
    python3-protobuf has no google.rpc module."""
    from google.protobuf import any_pb2
    from google.protobuf.internal import decoder
    details, pos = [], 0
    while pos < len(raw):
        tag, pos = decoder._DecodeVarint(raw, pos)
        field, wire = tag >> 3, tag & 7
        if wire == 0:
            _, pos = decoder._DecodeVarint(raw, pos)
        elif wire == 2:
            length, pos = decoder._DecodeVarint(raw, pos)
            if field == 3:
                detail = any_pb2.Any()
                detail.ParseFromString(raw[pos:pos + length])
                details.append(detail)
            pos += length
        else:
            break
    return details


if __name__ == "__main__":
    sys.exit(main())
